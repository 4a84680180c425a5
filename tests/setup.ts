import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { resetBackendsForTests } from '../src/storage/backends';

beforeEach(() => {
  // A fresh, empty IndexedDB for every test: no test sees another's records.
  globalThis.indexedDB = new IDBFactory();
  resetBackendsForTests();
});

afterEach(() => {
  cleanup();
});
