/** A random id that sorts roughly by creation time (time first, then randomness). */
export function newId(): string {
  const time = Date.now().toString(36).padStart(9, '0');
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `${time}-${random[0]!.toString(36)}${random[1]!.toString(36)}`;
}
