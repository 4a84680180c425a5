// Every refusal is one sentence that says what is wrong with the file and that
// nothing in Mend changed (VOICE.md).
import type { ImportRefusal } from './parsed';

export function refuse(what: string): ImportRefusal {
  return { ok: false, reason: `${what}, so nothing was changed.` };
}
