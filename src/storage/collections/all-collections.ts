// Loads every collection file in this folder, each of which registers itself,
// and hands back the registry. Whatever iterates over "everything" (the backup,
// deleting everything, the lock, Your data) starts here, so a new collection
// file is included without being named anywhere else.
import { registeredCollections } from '../engine/collection';

import.meta.glob(['./*.ts', '!./all-collections.ts'], { eager: true });

export function allCollections() {
  return registeredCollections();
}

export function collectionNamed(name: string) {
  return allCollections().find((collection) => collection.name === name);
}
