// Loaded by the bench page (bench-page.ts): times sync through the app's own
// code, one browser context per device, a file carried between them as base64.
import { goalsCollection as goals } from '../../src/storage/collections/goals';
import { journalCollection as journal } from '../../src/storage/collections/journal';
import { checkInsCollection as checkIns } from '../../src/storage/collections/check-ins';
import { fromBase64, toBase64 } from '../../src/storage/lock/lock-crypto';
import { createMemoryTarget } from '../../src/storage/sync/memory-target';
import { bringInSyncFiles, syncSetup, syncWith, turnOnSync } from '../../src/storage/sync/sync';

const PASSPHRASE = 'a bench passphrase, long enough';
const folder = createMemoryTarget();
const longTasks: { start: number; end: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
}).observe({ type: 'longtask', buffered: true });

/** Times `work`, and the longest main-thread task that overlapped it (once the observer has reported). */
async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; longestTaskMs: number; result: T }> {
  const t0 = performance.now();
  const result = await work();
  const t1 = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const longest = Math.max(0, ...longTasks.filter((task) => task.end > t0 && task.start < t1).map((task) => task.end - task.start));
  return { ms: t1 - t0, longestTaskMs: longest, result };
}

/** This device's own file as it sits in its folder now. */
async function ownFile() {
  const name = `mend-${(await syncSetup())!.deviceId}.mendsync`;
  return { name, base64: toBase64(folder.files.get(name)!.bytes) };
}

const syncBench = {
  async turnOn(deviceName: string) {
    await turnOnSync({ deviceName, passphrase: PASSPHRASE });
  },

  /** Seals and writes this device's file after one change, `runs` times. */
  async timeWrite(runs: number) {
    const runsOut = [];
    for (let i = 0; i < runs; i++) {
      const [first] = await journal.loadAll();
      if (first) await journal.write({ ...first, text: `${first.text} `, updatedAt: new Date().toISOString() }, 'newest-wins');
      runsOut.push(await timed(() => syncWith(folder)));
    }
    return { runs: runsOut.map(({ ms, longestTaskMs }) => ({ ms, longestTaskMs })), file: await ownFile() };
  },

  /** Writes this device's file without timing it (the small file a new device opens the key with). */
  async writeOnce() {
    await syncWith(folder);
    return ownFile();
  },

  /** Opens and merges another device's file. */
  async timeBringIn(file: { name: string; base64: string }) {
    const bytes = fromBase64(file.base64);
    const { ms, longestTaskMs, result } = await timed(() => bringInSyncFiles([{ name: file.name, bytes }]));
    return { ms, longestTaskMs, report: result };
  },

  /** A week of changes: entries edited and written, goals edited, check-ins added. */
  async changeAWeek(week: number) {
    const now = Date.now();
    const at = (i: number) => new Date(now + i).toISOString();
    const entries = (await journal.loadAll()).slice(week * 50, week * 50 + 50);
    for (const [i, entry] of entries.entries()) await journal.write({ ...entry, text: `${entry.text} (looked at again)`, updatedAt: at(i) }, 'newest-wins');
    for (let i = 0; i < 20; i++) await journal.write({ ...journal.create({ id: `week-${week}-${i}`, text: `A new day, number ${i}.` }) }, 'newest-wins');
    for (const [i, goal] of (await goals.loadAll()).slice(week * 5, week * 5 + 5).entries()) {
      await goals.write({ ...goal, why: `${goal.why} Still worth it.`, updatedAt: at(100 + i) }, 'newest-wins');
    }
    for (let i = 0; i < 28; i++) await checkIns.write(checkIns.create({ id: `week-${week}-check-in-${i}`, value: i % 11, note: '' }), 'newest-wins');
  },

  /** Puts another device's file in this device's folder. */
  placeFile(file: { name: string; base64: string }) {
    folder.files.set(file.name, { bytes: fromBase64(file.base64), modifiedAt: Date.now() });
  },

  /** A sync of the folder: read what's new, write this device's file if anything changed. */
  async timeSync() {
    const { ms, longestTaskMs, result } = await timed(() => syncWith(folder));
    return { ms, longestTaskMs, report: result };
  },

  async counts() {
    return { journal: (await journal.loadAll()).length, goals: (await goals.loadAll()).length, checkIns: (await checkIns.loadAll()).length };
  },
};

Object.assign(window, { mendSyncBench: syncBench });
