/** Prints rows as an aligned text table (wide characters count double, so Chinese lines up). */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
): string {
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const width = (s: string) =>
    [...s].reduce(
      (w, ch) => w + (/[\u1100-\uFFFF]/.test(ch) && !/[\u2000-\u206F]/.test(ch) ? 2 : 1),
      0,
    );
  const cells = [header.map(text), ...rows.map((r) => r.map(text))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => width(r[i] ?? ''))));
  const line = (r: string[]) =>
    r
      .map((c, i) => c + ' '.repeat(Math.max(0, widths[i]! - width(c))))
      .join('  ')
      .trimEnd();
  return [
    line(cells[0]!),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
}

export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
