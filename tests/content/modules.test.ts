// Reads every real content file, exactly as the build does. A module that doesn't
// validate fails here with its file and line.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content/compile-content';
import { PROMPT_KINDS } from '../../src/content/prompt-schema';

const content = compileContent(resolve('content'));

describe('the content in content/', () => {
  it('has the six modules in library order', () => {
    expect(content.modules.map((m) => m.id)).toEqual([
      'reconnection',
      'diversifying-belonging',
      'self-worth',
      'reframing',
      'boundaries',
      'goals',
    ]);
  });

  it.each(content.modules.map((m) => [m.id, m] as const))('gives %s four to seven steps, each with prose or a prompt', (_id, module) => {
    expect(module.steps.length).toBeGreaterThanOrEqual(4);
    expect(module.steps.length).toBeLessThanOrEqual(7);
    for (const step of module.steps) expect(step.text.length + (step.prompt ? 1 : 0)).toBeGreaterThan(0);
  });

  it('uses every step kind somewhere', () => {
    const used = new Set(content.modules.flatMap((m) => m.steps.map((s) => s.prompt?.kind)));
    for (const kind of PROMPT_KINDS) expect(used).toContain(kind);
  });

  it('proposes goals from the goals and diversifying-belonging practices', () => {
    for (const id of ['goals', 'diversifying-belonging']) {
      const module = content.modules.find((m) => m.id === id)!;
      expect(module.steps.some((s) => s.prompt?.kind === 'goal')).toBe(true);
    }
  });

  it('has the two reads, with the crisis lines on the help page', () => {
    expect(content.pages.map((p) => p.id).sort()).toEqual(['help', 'why-it-hurts']);
    const help = content.pages.find((p) => p.id === 'help')!.html;
    for (const line of ['988', '116 123', '13 11 14', '911', '999', '112', '000']) expect(help).toContain(line);
    expect(help).toContain('href="tel:988"');
  });

  it('contains no placeholder or shaming words', () => {
    const all = JSON.stringify(content);
    expect(all).not.toMatch(/\b(TODO|TBD|lorem|placeholder text|you failed|overdue|broken streak)\b/i);
    expect(all).not.toMatch(/\byou (should|must)\b/i);
  });
});
