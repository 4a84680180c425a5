import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCollections } from '../../src/storage/collections/all-collections';
import { exportEverything } from '../../src/storage/backup/backup';
import { applyImport, planImport } from '../../src/storage/backup/backup-merge';
import { readBackupText } from '../../src/storage/backup/backup-read';
import { defaultPlanSettings, planCollection, planSettingsCollection, PlanItemSchema, type PlanItem } from '../../src/storage/collections/plan';
import { isDueForReview, planItemsIn } from '../../src/state/plan';
import { deleteEverything } from '../../src/storage/device/wipe';
import { CRISIS_COUNTRIES, dialable } from '../../src/features/plan/crisis-lines';

const item = (fields: Partial<PlanItem> & Pick<PlanItem, 'id' | 'text'>): PlanItem => ({
  ...planCollection.create({ section: 'people', ...fields }),
  createdAt: '2026-09-01T10:00:00.000Z',
  updatedAt: '2026-09-01T10:00:00.000Z',
  ...fields,
});

describe('the safety plan, stored', () => {
  it('is in the registry, so the backup, import, delete-everything and the lock cover it', () => {
    const names = allCollections().map((c) => c.name);
    expect(names).toContain('plan');
    expect(names).toContain('plan-settings');
  });

  it('accepts a line with its number and refuses a line with no words, an unknown section or a too-long number', () => {
    expect(PlanItemSchema.safeParse(item({ id: 'a', text: 'Sam', phone: '+44 7700 900123' })).success).toBe(true);
    expect(PlanItemSchema.safeParse(item({ id: 'a', text: '' })).success).toBe(false);
    expect(PlanItemSchema.safeParse({ ...item({ id: 'a', text: 'x' }), section: 'elsewhere' }).success).toBe(false);
    expect(PlanItemSchema.safeParse(item({ id: 'a', text: 'Sam', phone: '1'.repeat(41) })).success).toBe(false);
  });

  it('merges a number changed on one device with a name changed on another, losing neither', () => {
    const base = item({ id: 'sam', text: 'Sam' });
    const mine = { ...base, phone: '07700 900123', updatedAt: '2026-09-02T10:00:00.000Z' };
    const theirs = { ...base, text: 'Sam (my sister)', updatedAt: '2026-09-03T10:00:00.000Z' };
    expect(planCollection.merge?.(base, mine, theirs)).toMatchObject({ text: 'Sam (my sister)', phone: '07700 900123' });
  });

  it('keeps the later look-over when two devices each marked the plan looked over', () => {
    const base = defaultPlanSettings();
    const mine = { ...base, reviewedAt: '2026-10-01T10:00:00.000Z' };
    const theirs = { ...base, reviewedAt: '2026-11-01T10:00:00.000Z', country: 'uk' };
    expect(planSettingsCollection.merge?.(base, mine, theirs)).toMatchObject({ reviewedAt: '2026-11-01T10:00:00.000Z', country: 'uk' });
  });

  it('comes back identical after export, delete everything, import', async () => {
    await planCollection.write(item({ id: 'sam', text: 'Sam', phone: '07700 900123' }), null);
    await planCollection.write(item({ id: 'walk', text: 'A walk', section: 'on-my-own' }), null);
    await planSettingsCollection.write({ ...defaultPlanSettings(), country: 'nz' }, null);
    const before = [await planCollection.loadAll(), await planSettingsCollection.loadAll()];
    const { text } = await exportEverything();

    await deleteEverything();
    expect(await planCollection.loadAll()).toEqual([]);

    const reading = readBackupText(text);
    if (!reading.ok) throw new Error(reading.reason);
    await applyImport(await planImport(reading.contents), { bringBackDeleted: false });
    expect([await planCollection.loadAll(), await planSettingsCollection.loadAll()]).toEqual(before);
  });

  it('keeps each section in the order it was written', () => {
    const lines = [
      item({ id: 'b', text: 'Second', section: 'reasons', createdAt: '2026-09-02T10:00:00.000Z' }),
      item({ id: 'x', text: 'Elsewhere', section: 'people' }),
      item({ id: 'a', text: 'First', section: 'reasons', createdAt: '2026-09-01T10:00:00.000Z' }),
    ];
    expect(planItemsIn(lines, 'reasons').map((l) => l.text)).toEqual(['First', 'Second']);
  });
});

describe('looking the plan over', () => {
  const written = item({ id: 'a', text: 'A walk', updatedAt: '2026-01-01T10:00:00.000Z' });
  const day = (iso: string) => Date.parse(iso);

  it('suggests a look over once nothing has changed for about three months, and never for no plan', () => {
    expect(isDueForReview([written], defaultPlanSettings(), day('2026-03-01T10:00:00.000Z'))).toBe(false);
    expect(isDueForReview([written], defaultPlanSettings(), day('2026-04-15T10:00:00.000Z'))).toBe(true);
    expect(isDueForReview([], defaultPlanSettings(), day('2026-12-01T10:00:00.000Z'))).toBe(false);
  });

  it('waits another three months after the person says they looked it over', () => {
    const settings = { ...defaultPlanSettings(), reviewedAt: '2026-04-10T10:00:00.000Z' };
    expect(isDueForReview([written], settings, day('2026-04-15T10:00:00.000Z'))).toBe(false);
  });
});

describe('the crisis lines the plan offers', () => {
  const help = readFileSync(join(process.cwd(), 'content/pages/help.md'), 'utf8');

  it('holds only numbers the help page gives, so the two never disagree', () => {
    for (const country of CRISIS_COUNTRIES) {
      expect(help, country.name).toContain(`(tel:${country.emergency})`);
      for (const line of country.lines) {
        if ('call' in line) expect(help, line.name).toContain(`(tel:${line.call})`);
        if ('text' in line) expect(help, line.name).toContain(`(sms:${line.text})`);
      }
    }
  });

  it('dials a typed number as digits, keeping a leading plus', () => {
    expect(dialable(' +44 (0)7700-900 123 ')).toBe('+4407700900123');
    expect(dialable('0800 1111')).toBe('08001111');
  });
});
