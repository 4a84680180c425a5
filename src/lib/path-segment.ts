/**
 * An id as one segment of an in-app address. An imported id may hold "/", "?",
 * "#" or "%", which would otherwise end the segment or the path.
 */
export function pathSegment(id: string): string {
  return encodeURIComponent(id);
}
