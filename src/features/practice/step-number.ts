/** The zero-based step index from a "/steps/:n" URL part, or null if it isn't a step of the module. */
export function stepIndexFrom(n: string | undefined, stepCount: number): number | null {
  const number = Number(n);
  return Number.isInteger(number) && number >= 1 && number <= stepCount ? number - 1 : null;
}
