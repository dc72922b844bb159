import type { ReprisalCase } from '../../domain/reprisals.js';
import type { EditedCsv } from './registry-csv.js';

/**
 * What applying an edited CSV would do, computed before anything is applied, so an editor sees
 * (and the audit log can record) every change: cases added, removed, and each changed field with
 * its value before and after. Only the columns the file holds are compared.
 * `removed` lists cases of the registry missing from the file: the caller decides whether a
 * missing row means "delete" (a full export) or "not part of this file" (a filtered one).
 */
export interface RegistryDiff {
  added: { caseId: string; line: number; values: Partial<ReprisalCase> }[];
  removed: { caseId: string }[];
  changed: {
    caseId: string;
    line: number;
    field: keyof ReprisalCase;
    before: unknown;
    after: unknown;
  }[];
  unchanged: number;
}

/** Stable text of a value: object keys sorted, so {a,b} and {b,a} compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

export function diffRegistry(current: readonly ReprisalCase[], edited: EditedCsv): RegistryDiff {
  const byId = new Map(current.map((c) => [c.caseId, c]));
  const diff: RegistryDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  const inFile = new Set<string>();
  for (const row of edited.rows) {
    inFile.add(row.caseId);
    const before = byId.get(row.caseId);
    if (!before) {
      diff.added.push({ caseId: row.caseId, line: row.line, values: row.values });
      continue;
    }
    let changed = false;
    for (const field of edited.columns) {
      if (field === 'caseId') continue;
      const after = row.values[field];
      if (canonical(before[field] ?? null) !== canonical(after ?? null)) {
        diff.changed.push({
          caseId: row.caseId,
          line: row.line,
          field,
          before: before[field],
          after,
        });
        changed = true;
      }
    }
    if (!changed) diff.unchanged++;
  }
  for (const c of current) if (!inFile.has(c.caseId)) diff.removed.push({ caseId: c.caseId });
  return diff;
}
