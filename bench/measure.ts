/** Shared measuring helpers for `npm run bench`: best-of-n timing and one printed line per figure. */

export function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Best of n runs: the least disturbed measurement of the same work. */
export async function best<T>(
  n: number,
  fn: () => Promise<T> | T,
): Promise<{ ms: number; value: T }> {
  let bestMs = Infinity;
  let value!: T;
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    value = await fn();
    bestMs = Math.min(bestMs, ms(t));
  }
  return { ms: bestMs, value };
}

export function line(name: string, valueMs: number, baselineMs: number, note: string) {
  console.log(
    `${name.padEnd(44)} ${valueMs.toFixed(1).padStart(9)} ms   baseline ${baselineMs.toFixed(1).padStart(8)} ms   ratio ${(valueMs / baselineMs).toFixed(2).padStart(6)}x   ${note}`,
  );
}
