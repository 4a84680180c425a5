/**
 * A goal's address. Its id is one segment, encoded: an imported id may hold "/",
 * "?", "#" or "%", which would otherwise end the segment or the path. (Ids "."
 * and ".." can't be a segment at all; the id schema refuses them.)
 */
export function goalPath(id: string): string {
  return `/goals/${encodeURIComponent(id)}`;
}
