export function measureFirstLoad(dist?: string): { totalKb: number; rows: { name: string; raw: number; gzip: number }[] };
