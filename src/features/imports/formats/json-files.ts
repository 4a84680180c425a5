// Small helpers for the JSON-based exports (Day One, Journey).

export type Json = Record<string, unknown>;

/** A JSON file the door has parsed once (`document` undefined: not readable JSON), with its name. */
export type JsonFile = { name: string; document: unknown };

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
}

/** Tags as words: strings only, trimmed, no empties, each once. */
export function tagsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((tag): tag is string => typeof tag === 'string').map((tag) => tag.trim()).filter(Boolean))];
}

export const baseName = (name: string) => name.replace(/\\/g, '/').split('/').pop() ?? name;
