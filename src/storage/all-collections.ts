// Loads every collection file in ./collections, each of which registers itself,
// and hands back the registry. Whatever iterates over "everything" (the backup,
// deleting everything, the lock, Your data) starts here, so a new collection
// file is included without being named anywhere else.
import { registeredCollections } from './registry';

import.meta.glob('./collections/*.ts', { eager: true });
// Stores outside the collections (appearance, backup history, the lock) register too.
import.meta.glob('./device/*.ts', { eager: true });

export function allCollections() {
  return registeredCollections();
}

export function collectionNamed(name: string) {
  return allCollections().find((collection) => collection.name === name);
}
