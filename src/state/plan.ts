// The safety plan as every screen sees it: the one store of its lines (the
// plan screen writes them; the help page, the care card and the home screen
// only ask whether there is a plan), each section in the order written, and
// whether it is time to look it over.
import { newId } from '../lib/ids';
import { defaultPlanSettings, PLAN_SETTINGS_ID, planCollection, planSettingsCollection, type PlanItem, type PlanSection, type PlanSettings } from '../storage/collections/plan';
import { compareTimes, nowIso } from '../storage/engine/record-fields';
import { recordStore } from './record-store';

export const planRecords = recordStore(planCollection);
export const planSettingsRecords = recordStore(planSettingsCollection);

/** A plan this old (about three months) is worth a quiet look over. */
export const REVIEW_AFTER_DAYS = 91;
const DAY_MS = 24 * 60 * 60 * 1000;

const byCreated = (a: PlanItem, b: PlanItem) => compareTimes(a.createdAt, b.createdAt);

/** One section, oldest first: the order the person wrote it in. */
export function planItemsIn(records: Iterable<PlanItem>, section: PlanSection): PlanItem[] {
  return [...records].filter((item) => item.section === section).sort(byCreated);
}

/** There is a plan once any line is written in it. */
export function hasPlan(records: ReadonlyMap<string, PlanItem>): boolean {
  return records.size > 0;
}

export function planSettingsFrom(records: ReadonlyMap<string, PlanSettings>): PlanSettings {
  return records.get(PLAN_SETTINGS_ID) ?? defaultPlanSettings();
}

/**
 * Whether to suggest looking the plan over: when nothing in it has changed,
 * and it hasn't been looked over, for about three months. Never for no plan.
 */
export function isDueForReview(items: Iterable<PlanItem>, settings: PlanSettings, now = Date.now()): boolean {
  let latest = settings.reviewedAt ? Date.parse(settings.reviewedAt) : Number.NEGATIVE_INFINITY;
  let any = false;
  for (const item of items) {
    any = true;
    latest = Math.max(latest, Date.parse(item.updatedAt));
  }
  return any && now - latest > REVIEW_AFTER_DAYS * DAY_MS;
}

export function addPlanItem(section: PlanSection, text: string, phone = ''): PlanItem {
  const item = planCollection.create({ id: newId(), section, text, phone });
  void planRecords.save(item);
  return item;
}

export function rewordPlanItem(id: string, text: string): void {
  planRecords.update(id, (item) => (item.text === text ? null : { ...item, text }), { typing: true });
}

export function setPlanPhone(id: string, phone: string): void {
  planRecords.update(id, (item) => (item.phone === phone ? null : { ...item, phone }), { typing: true });
}

export function removePlanItem(id: string): void {
  void planRecords.remove(id);
}

function changeSettings(edit: (settings: PlanSettings) => PlanSettings | null) {
  const current = planSettingsRecords.getState().records.get(PLAN_SETTINGS_ID);
  if (current) return planSettingsRecords.update(PLAN_SETTINGS_ID, edit);
  const next = edit(defaultPlanSettings());
  return next ? planSettingsRecords.save(next) : undefined;
}

/** The country whose crisis lines the plan shows (null: none chosen). */
export function chooseCrisisCountry(country: string | null) {
  return changeSettings((s) => (s.country === country ? null : { ...s, country }));
}

export function markPlanReviewed(now = nowIso()) {
  return changeSettings((s) => ({ ...s, reviewedAt: now }));
}

/**
 * Whether a safety plan is written, for a care card ('written' | 'none'), or null
 * while it is read. The plan is read only once the card is shown.
 */
export function useSafetyPlanStatus(isCardShown: boolean): 'written' | 'none' | null {
  const phase = planRecords.use((state) => state.phase);
  const written = planRecords.use((state) => hasPlan(state.records));
  if (isCardShown && phase === 'idle') void planRecords.load();
  return isCardShown && phase === 'ready' ? (written ? 'written' : 'none') : null;
}
