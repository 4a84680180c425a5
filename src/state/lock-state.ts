// Whether the lock is off, locked or open, and the pass under way, as a hook.
import { lockState } from '../storage/lock/lock-flag';
import { watchedHook } from './watched-hook';

export const useLockState = watchedHook(lockState);
