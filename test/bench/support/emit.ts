/** One result line of `npm run bench` (stdout); everything else goes to stderr. */
export interface BenchLine {
  bench: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

export function emit(line: BenchLine): void {
  const out: BenchLine = { ...line, value: round(line.value, 4) };
  if (line.baseline !== undefined) out.baseline = round(line.baseline, 4);
  if (line.ratio !== undefined) out.ratio = round(line.ratio, 4);
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

/** Emit value against baseline with ratio = value / baseline. */
export function emitVs(bench: string, value: number, baseline: number, unit: string): void {
  emit({ bench, value, unit, baseline, ratio: baseline > 0 ? value / baseline : Number.NaN });
}

export function note(...parts: unknown[]): void {
  process.stderr.write(`${parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))).join(' ')}\n`);
}
