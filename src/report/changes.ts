import type { ChangeLine, NewRecord, Section } from './types.js';

/** How many figures "the biggest changes" lists. */
export const BIGGEST_CHANGES = 10;

/**
 * "What changed since last year": every figure that has a comparable previous value, the
 * largest relative change first (a share's change is already relative; a count's is taken
 * against the larger of the two values, so 2 → 4 does not outrank 100 → 150 by much), ties by
 * figure id. New records are listed as the sections found them, in section order.
 */
export function compareChanges(sections: readonly Section[]): {
  biggest: ChangeLine[];
  newRecords: NewRecord[];
} {
  const lines: (ChangeLine & { weight: number })[] = [];
  for (const s of sections)
    for (const f of s.figures) {
      const p = f.previous;
      if (!p || p.change === null || p.change === 0 || f.value === null || p.value === null)
        continue;
      const weight =
        f.unit === 'share'
          ? Math.abs(p.change)
          : Math.abs(p.change) / Math.max(Math.abs(f.value), Math.abs(p.value), 1);
      lines.push({
        figureId: f.id,
        sectionId: s.id,
        label: f.label,
        value: f.value,
        previous: p,
        unit: f.unit,
        weight,
      });
    }
  lines.sort(
    (a, b) =>
      b.weight - a.weight || (a.figureId < b.figureId ? -1 : a.figureId > b.figureId ? 1 : 0),
  );
  return {
    biggest: lines.slice(0, BIGGEST_CHANGES).map(({ weight: _weight, ...line }) => line),
    newRecords: sections.flatMap((s) => s.newRecords),
  };
}
