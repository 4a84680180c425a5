import { describe, expect, it } from 'vitest';
import { canKeepFolder, chooseFolder, folderPermission, folderTarget } from '../../src/storage/sync/folder-target';
import { forgetFolder, rememberedFolder, rememberFolder } from '../../src/storage/sync/folder-handle';
import { fakeFolder } from '../support/fake-folder';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);

describe('the sync folder', () => {
  it('lists only Mend sync files, with their size and time, passing over everything else in the folder', async () => {
    const folder = fakeFolder();
    const target = folderTarget(folder);
    await target.write('mend-laptop.mendsync', bytes('sealed'));
    folder.files.set('holiday.jpg', { bytes: bytes('a photo'), lastModified: 1 });
    folder.files.set('mend-phone.mendsync.crswap', { bytes: bytes('half'), lastModified: 1 });
    folder.folders.add('old.mendsync');

    const listed = await target.list();

    expect(listed).toEqual([{ name: 'mend-laptop.mendsync', size: 6, modifiedAt: expect.any(Number) as number }]);
  });

  it('writes a whole new file in place of the old one, so a reader meanwhile still sees the old one whole', async () => {
    const folder = fakeFolder();
    const target = folderTarget(folder);
    await target.write('mend-a.mendsync', bytes('first version'));
    const file = await folder.getFileHandle('mend-a.mendsync');
    const writing = await file.createWritable();
    await writing.write(bytes('second'));

    expect(text(await target.read('mend-a.mendsync'))).toBe('first version');
    await writing.close();
    await target.write('mend-a.mendsync', bytes('third version'));
    expect(text(await target.read('mend-a.mendsync'))).toBe('third version');
  });

  it('leaves the old file as it was when a write fails part way', async () => {
    const folder = fakeFolder();
    const target = folderTarget(folder);
    await target.write('mend-a.mendsync', bytes('kept'));
    folder.isFull = true;

    await expect(target.write('mend-a.mendsync', bytes('new words'))).rejects.toThrow(/full/);
    folder.isFull = false;
    expect(text(await target.read('mend-a.mendsync'))).toBe('kept');
  });

  it('does not list a file whose first write has only just begun (still empty)', async () => {
    const folder = fakeFolder();
    await folder.getFileHandle('mend-new.mendsync', { create: true });

    expect(await folderTarget(folder).list()).toEqual([]);
  });

  it('refuses any name that is not a Mend sync file, so nothing else in the folder is ever touched', async () => {
    const folder = fakeFolder();
    folder.files.set('notes.txt', { bytes: bytes('mine'), lastModified: 1 });
    const target = folderTarget(folder);

    await expect(target.read('notes.txt')).rejects.toThrow(/only its own sync files/);
    await expect(target.write('../mend-a.mendsync', bytes('x'))).rejects.toThrow(/only its own sync files/);
    await expect(target.remove('notes.txt')).rejects.toThrow(/only its own sync files/);
    expect(folder.files.has('notes.txt')).toBe(true);
  });

  it('removes a sync file, and removing one already gone is no trouble', async () => {
    const folder = fakeFolder();
    const target = folderTarget(folder);
    await target.write('mend-a.mendsync', bytes('x'));

    await target.remove('mend-a.mendsync');
    await target.remove('mend-a.mendsync');

    expect(await target.list()).toEqual([]);
  });

  it('looks at the permission without asking, and asks only when told to', async () => {
    const folder = fakeFolder();
    folder.permission = 'prompt';
    folder.answer = 'granted';

    expect(await folderPermission(folder)).toBe('prompt');
    expect(await folderPermission(folder, { ask: true })).toBe('granted');
    expect(await folderPermission(folder)).toBe('granted');
  });

  it('counts asking outside a tap (which the browser refuses) as not yet granted', async () => {
    const folder = fakeFolder();
    folder.requestPermission = () => Promise.reject(new DOMException('User activation is required', 'SecurityError'));

    expect(await folderPermission(folder, { ask: true })).toBe('prompt');
  });

  it('knows whether this browser can keep a folder, and hears a closed picker as no choice', async () => {
    expect(canKeepFolder()).toBe(false);
    const picker = () => Promise.reject(new DOMException('The user aborted a request.', 'AbortError'));
    Object.assign(window, { showDirectoryPicker: picker });
    try {
      expect(canKeepFolder()).toBe(true);
      expect(await chooseFolder()).toBeNull();
    } finally {
      Reflect.deleteProperty(window, 'showDirectoryPicker');
    }
  });

  it('remembers the folder on this device until it is forgotten', async () => {
    const folder = fakeFolder('Dropbox');

    expect(await rememberedFolder()).toBeNull();
    await rememberFolder(folder);
    expect(await rememberedFolder()).toBe(folder);
    await forgetFolder();
    expect(await rememberedFolder()).toBeNull();
  });

  it('does not take a stored value that is not a folder for one', async () => {
    await rememberFolder(fakeFolder());
    await forgetFolder();
    const { backendFor } = await import('../../src/storage/backends/backends');
    await (await backendFor('sync-folder')).putMany([{ key: 'folder', value: { kind: 'directory', name: 'a plain copy' } }]);

    expect(await rememberedFolder()).toBeNull();
  });
});
