import { pathSegment } from '../../lib/path-segment';

/**
 * A goal's address, its id one encoded segment (the journal links to a goal with
 * the same helper). Ids "." and ".." can't be a segment at all; the id schema refuses them.
 */
export function goalPath(id: string): string {
  return `/goals/${pathSegment(id)}`;
}
