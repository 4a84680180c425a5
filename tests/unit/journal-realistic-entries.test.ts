import { describe, expect, it } from 'vitest';
import { findModuleSummary } from '../../src/content/catalog';
import { JournalEntrySchema } from '../../src/storage/collections/journal';
import { realisticEntries } from '../support/realistic-entries';

describe('the realistic entry generator', () => {
  const entries = realisticEntries(2000, 42);

  it('is deterministic for a seed, and differs between seeds', () => {
    expect(realisticEntries(50, 42)).toEqual(entries.slice(0, 50));
    expect(realisticEntries(50, 7)).not.toEqual(entries.slice(0, 50));
  });

  it('makes valid journal entries with unique ids', () => {
    for (const entry of entries) expect(JournalEntrySchema.safeParse(entry).success).toBe(true);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('varies length, mood, tags and dates over about two years', () => {
    const sentences = entries.map((e) => e.text.split(/(?<=[.!?])\s+/).length);
    expect(Math.min(...sentences)).toBe(1);
    expect(Math.max(...sentences)).toBe(6);
    expect(entries.some((e) => e.mood === null)).toBe(true);
    expect(entries.some((e) => e.tags.length >= 2)).toBe(true);
    expect(entries.some((e) => /café|naïve/.test(e.text))).toBe(true);
    const days = entries.map((e) => Date.parse(e.createdAt));
    expect((Math.max(...days) - Math.min(...days)) / 86_400_000).toBeGreaterThan(650);
  });

  it('links about a fifth to real practice steps from the content', () => {
    const linked = entries.filter((e) => e.link?.kind === 'practice');
    expect(linked.length / entries.length).toBeGreaterThan(0.15);
    expect(linked.length / entries.length).toBeLessThan(0.25);
    for (const entry of linked) {
      if (entry.link?.kind !== 'practice') continue;
      const module = findModuleSummary(entry.link.moduleId);
      expect(module, entry.link.moduleId).toBeDefined();
      expect(module!.steps.map((s) => s.id)).toContain(entry.link.stepId);
    }
  });
});
