// Loaded only in the benchmark build: seeds records and times saves through the
// app's own storage layer (src/storage), on the app's origin, in real Chromium.
import '../../src/storage/lock/lock-watch';
import { checkInsCollection as checkIns } from '../../src/storage/collections/check-ins';
import { completionsCollection as completions } from '../../src/storage/collections/completions';
import { goalsCollection as goals } from '../../src/storage/collections/goals';
import { journalCollection as journal } from '../../src/storage/collections/journal';
import { defaultPlanSettings, planCollection, planSettingsCollection, type PlanSection } from '../../src/storage/collections/plan';
import { exportEverything } from '../../src/storage/backup/backup';
import { applyImport, planImport } from '../../src/storage/backup/backup-merge';
import { readBackupText } from '../../src/storage/backup/backup-read';
import { recordStore } from '../../src/state/record-store';
import { deleteEverything } from '../../src/storage/device/wipe';
import { realisticEntries } from '../support/realistic-entries';
import { realisticCompletions, realisticGoals } from '../support/realistic-goals';
// The sync figures' own functions (tests/bench/sync.spec.ts).
import './sync-bench';

async function inBatches<T>(items: T[], size: number, save: (item: T) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(save));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** `count` check-ins, the newest now and each `apartMs` before the next, some with a line. */
function checkInsEvery(count: number, apartMs: number) {
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(now - i * apartMs).toISOString();
    return { ...checkIns.create({ id: `bench-check-in-${i}`, value: (i * 7) % 11, note: i % 5 === 0 ? 'A slow day.' : '' }), createdAt: at, updatedAt: at };
  });
}

/** A safety plan with every section filled, as someone might write it: names with numbers, several lines each. */
const WHOLE_PLAN: Record<PlanSection, [string, string?][]> = {
  'warning-signs': [['Not answering messages for a day'], ['Going over what they said, again and again'], ['Skipping meals']],
  'on-my-own': [['A long hot shower'], ['Walk to the river and back'], ['Put on the album from summer']],
  distractions: [['The library on Park Street'], ['Board games at the café on Friday']],
  people: [['Sam', '+44 7700 900123'], ['Aunt Rosa', '07700 900456']],
  professionals: [['Dr Okafor at the health centre', '020 7946 0000']],
  'safer-place': [['Ask Sam to keep my medicines for now'], ['Go to the library if I feel unsafe at home']],
  reasons: [['My nephew Theo'], ['Seeing the sea again'], ['Finishing the bookshelf I started'], ['My cat, Pepper']],
};

const bench = {
  /** A history through the app's own storage; check-ins, when asked for, four a day. */
  async seed(counts: { journal: number; goals: number; completions: number; checkIns?: number }) {
    const started = performance.now();
    await inBatches(realisticEntries(counts.journal, 42), 500, (entry) => journal.write(entry, 'newest-wins'));
    await inBatches(realisticGoals(counts.goals), 250, (goal) => goals.write(goal, 'newest-wins'));
    await inBatches(realisticCompletions(counts.completions), 150, (completion) => completions.write(completion, 'newest-wins'));
    await inBatches(checkInsEvery(counts.checkIns ?? 0, 6 * 3_600_000), 500, (checkIn) => checkIns.write(checkIn, 'newest-wins'));
    const stored = {
      journal: (await journal.loadAll()).length,
      goals: (await goals.loadAll()).length,
      completions: (await completions.loadAll()).length,
      checkIns: (await checkIns.loadAll()).length,
    };
    return { ms: performance.now() - started, stored };
  },

  /** Writes a whole safety plan, every section, and the country of its crisis lines, through the app's own storage. */
  async seedPlan() {
    let n = 0;
    for (const [section, lines] of Object.entries(WHOLE_PLAN) as [PlanSection, [string, string?][]][]) {
      for (const [text, phone] of lines) {
        n += 1;
        // One after another, a millisecond apart: each section reads in the order written.
        const at = new Date(Date.now() - 60_000 + n).toISOString();
        await planCollection.write({ ...planCollection.create({ id: `bench-plan-${n}`, section, text, phone: phone ?? '' }), createdAt: at, updatedAt: at }, 'newest-wins');
      }
    }
    await planSettingsCollection.write({ ...defaultPlanSettings(), country: 'uk' }, 'newest-wins');
    return { lines: (await planCollection.loadAll()).length, settings: (await planSettingsCollection.loadAll()).length };
  },

  /** Sets a passphrase through the app's own lock, sealing every record seeded; returns how long the pass took. */
  async lock(passphrase: string) {
    const started = performance.now();
    const { setPassphrase, lockNow } = await import('../../src/storage/lock/lock-session');
    await setPassphrase(passphrase);
    await lockNow();
    return { ms: performance.now() - started };
  },

  /**
   * For the insights figure: a check-in every day for `days` days, and `moods`
   * journal entries that each carry a mood (on top of nothing else).
   */
  async seedInsights(counts: { days: number; moods: number }) {
    const started = performance.now();
    await inBatches(checkInsEvery(counts.days, 86_400_000), 500, (checkIn) => checkIns.write(checkIn, 'newest-wins'));
    const withMoods = realisticEntries(counts.moods, 7).map((entry, i) => ({ ...entry, mood: entry.mood ?? i % 11 }));
    await inBatches(withMoods, 500, (entry) => journal.write(entry, 'newest-wins'));
    const stored = {
      checkIns: (await checkIns.loadAll()).length,
      moods: (await journal.loadAll()).filter((entry) => entry.mood !== null).length,
    };
    return { ms: performance.now() - started, stored };
  },

  /** What the insights screen's reads cost on their own: a raw getAll and each collection's loadAll. */
  async timeInsightReads() {
    const time = async (read: () => Promise<unknown>) => {
      const t0 = performance.now();
      await read();
      return Math.round(performance.now() - t0);
    };
    const rawJournal = await time(
      () =>
        new Promise((resolve, reject) => {
          const request = indexedDB.open('mend-journal');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const all = request.result.transaction('records').objectStore('records').getAll();
            all.onsuccess = () => {
              request.result.close();
              resolve(all.result);
            };
            all.onerror = () => reject(all.error);
          };
        }),
    );
    return {
      rawJournal,
      journal: await time(() => journal.loadAll()),
      checkIns: await time(() => checkIns.loadAll()),
      completions: await time(() => completions.loadAll()),
    };
  },

  /** Saves one entry at a time, as a person would, and counts the records each save writes. */
  async timeSaves(runs: number) {
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    IDBObjectStore.prototype.put = function countedPut(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      puts += 1;
      return put.apply(this, args);
    };
    const times: number[] = [];
    // Saved the way the journal screen saves: through the journal's record store.
    const entries = recordStore(journal);
    try {
      for (let i = 0; i < runs; i++) {
        const entry = journal.create({ id: `bench-save-${i}`, text: `A new thought, number ${i}, written on a hard evening.`, tags: ['bench'] });
        const t0 = performance.now();
        await entries.save(entry);
        times.push(performance.now() - t0);
      }
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    for (let i = 0; i < runs; i++) await entries.remove(`bench-save-${i}`);
    return { medianMs: median(times), putsPerSave: puts / runs, times };
  },

  /**
   * A backup of everything stored, then brought back in: the time to write the file,
   * to check it and say what it would change (the preview), and to apply it to an
   * emptied device (every record new, the largest import there is).
   */
  async timeBackup(runs: number) {
    const exportMs: number[] = [];
    const previewMs: number[] = [];
    const checkMs: number[] = [];
    const applyMs: number[] = [];
    let text = '';
    let applied = 0;
    for (let i = 0; i < runs; i++) {
      let t0 = performance.now();
      text = (await exportEverything()).text;
      exportMs.push(performance.now() - t0);

      t0 = performance.now();
      const reading = readBackupText(text);
      if (!reading.ok) throw new Error(reading.reason);
      checkMs.push(performance.now() - t0);
      await planImport(reading.contents);
      previewMs.push(performance.now() - t0);
    }
    for (let i = 0; i < runs; i++) {
      await deleteEverything();
      const reading = readBackupText(text);
      if (!reading.ok) throw new Error(reading.reason);
      const plan = await planImport(reading.contents);
      const t0 = performance.now();
      const result = await applyImport(plan, { bringBackDeleted: false });
      applyMs.push(performance.now() - t0);
      applied = result.added;
    }
    return { exportMs, previewMs, checkMs, applyMs, applied, bytes: text.length, entries: (await journal.loadAll()).length };
  },
};

Object.assign(window, { mendBench: bench });
document.body.dataset.ready = 'true';
