// Bytes to text for the files people pick: UTF-8 (with or without a byte order
// mark) or UTF-16 with one, as Windows Notepad saves "Unicode". Null when the
// bytes aren't text at all (a photo renamed .txt), so the reader can refuse the
// file plainly instead of importing gibberish.

/** Whether the text holds a C0 control that never appears in a person's words (tab, newlines, form feed and escape do). */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && (code < 0x09 || (code > 0x0d && code !== 0x1b))) return true;
  }
  return false;
}

export function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return hasControl(text) ? null : text;
}
