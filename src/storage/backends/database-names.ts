// Where each collection lives in IndexedDB: one database per collection, one
// object store in each. Frozen: renaming one loses people's data. No imports, so
// the page drawn before the app (read-before-app.ts) can use them too.
export const DATABASE_PREFIX = 'mend-';
export const OBJECT_STORE = 'records';
