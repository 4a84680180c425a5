// What every importer hands to the import flow: one shape, whichever app the
// file came from. Pure types: the readers are pure functions that run in a
// worker, so nothing here may touch the DOM or storage.

export type ImportSource = 'daylio' | 'dayone' | 'journey' | 'text' | 'mend-markdown';

export type ParsedEntry = {
  /** Stable across reads of the same file: the app's own id, else a hash of date + text. */
  sourceId: string;
  createdAt: string; // ISO
  updatedAt: string; // ISO (the app's modified time, else createdAt)
  text: string; // Markdown; Day One moment images removed
  tags: string[]; // Daylio activities, Day One / Journey tags
  /**
   * Daylio's mood name as the person named it ("rad", or a renamed one); null elsewhere.
   * Mend's own Markdown export carries its 0-10 mood here as the number in text
   * ("7"), so the flow reads it back as that number rather than mapping a name.
   */
  moodName: string | null;
  starred?: boolean;
};

export type ParsedImport = {
  source: ImportSource;
  entries: ParsedEntry[];
  /** Daylio: every mood name met, best first, with Daylio's own group (1 rad .. 5 awful) if known. */
  moods: { name: string; group: number | null }[];
  /** Rows or files left out, each with a plain reason ("the date couldn't be read"). */
  skipped: { where: string; reason: string }[];
  /** Things the file holds that Mend doesn't bring in (photos), counted for the preview. */
  leftOut: { photos: number };
};

export type ImportRefusal = {
  ok: false;
  /** One sentence, in Mend's voice, ending "so nothing was changed." */
  reason: string;
};

export type ImportReading = { ok: true; parsed: ParsedImport } | ImportRefusal;

/** One file as the person picked it: its name, its bytes and the time it says it was last changed. */
export type ImportFile = { name: string; bytes: Uint8Array; lastModified: number };
