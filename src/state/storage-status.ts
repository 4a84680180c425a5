// What the shell and Your data show about saving: storage's status, as a hook.
import { storageStatus } from '../storage/signals/storage-status';
import { watchedHook } from './watched-hook';

export const useStorageStatus = watchedHook(storageStatus);
