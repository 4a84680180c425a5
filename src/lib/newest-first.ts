/** Newest first by when it was made; the same moment ordered by id, so every screen agrees. */
export function byNewest(a: { createdAt: string; id: string }, b: { createdAt: string; id: string }): number {
  if (a.createdAt === b.createdAt) return a.id < b.id ? 1 : -1;
  return a.createdAt < b.createdAt ? 1 : -1;
}
