export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export type Figure = { name: string; value: number; unit: string; target: string; pass: boolean; detail?: string };

export function formatFigure(figure: Figure): string {
  const value = Number.isInteger(figure.value) ? String(figure.value) : figure.value.toFixed(figure.value < 10 ? 2 : 1);
  return `${figure.pass ? 'PASS' : 'FAIL'}  ${figure.name}: ${value} ${figure.unit} (target ${figure.target})${figure.detail ? `  [${figure.detail}]` : ''}`;
}
