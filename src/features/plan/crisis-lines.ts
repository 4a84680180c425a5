// The crisis lines the plan can show, by country: the same lines as the help
// page (content/pages/help.md), which a test holds them to. The person picks
// their country once, and its lines sit in the plan beside their own people.

export type CrisisLine = { name: string; call?: string; text?: string; textWord?: string };
export type CrisisCountry = { id: string; name: string; emergency: string; lines: readonly CrisisLine[] };

export const CRISIS_COUNTRIES = [
  {
    id: 'us',
    name: 'United States',
    emergency: '911',
    lines: [
      { name: '988 Suicide & Crisis Lifeline', call: '988', text: '988' },
      { name: 'Crisis Text Line', text: '741741', textWord: 'HOME' },
    ],
  },
  { id: 'ca', name: 'Canada', emergency: '911', lines: [{ name: '9-8-8: Suicide Crisis Helpline', call: '988', text: '988' }] },
  {
    id: 'uk',
    name: 'United Kingdom',
    emergency: '999',
    lines: [
      { name: 'Samaritans', call: '116123' },
      { name: 'Shout', text: '85258', textWord: 'SHOUT' },
    ],
  },
  {
    id: 'ie',
    name: 'Ireland',
    emergency: '999',
    lines: [
      { name: 'Samaritans', call: '116123' },
      { name: '50808', text: '50808', textWord: 'HELLO' },
    ],
  },
  { id: 'au', name: 'Australia', emergency: '000', lines: [{ name: 'Lifeline', call: '131114', text: '0477131114' }] },
  { id: 'nz', name: 'New Zealand', emergency: '111', lines: [{ name: 'Need to talk?', call: '1737', text: '1737' }] },
] as const satisfies readonly CrisisCountry[];

export function crisisCountry(id: string | null): CrisisCountry | undefined {
  return CRISIS_COUNTRIES.find((country) => country.id === id);
}

/** A typed number as a link wants it: digits, and a leading + kept. */
export function dialable(phone: string): string {
  const trimmed = phone.trim();
  return (trimmed.startsWith('+') ? '+' : '') + trimmed.replace(/\D/g, '');
}
