import { describe, expect, it } from 'vitest';
import { readImportFiles } from '../../src/features/imports/formats/read-import';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text), lastModified: 0 });

describe('reading a file from another app', () => {
  it('refuses a file of a kind it cannot read, in one sentence, and changes nothing', async () => {
    const reading = await readImportFiles([file('photo.png', '\u0089PNG\r\n')]);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.reason).toMatch(/so nothing was changed\.$/);
  });
});
