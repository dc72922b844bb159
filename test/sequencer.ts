import { BaseSequencer, type TestSpecification } from 'vitest/node';

/*
 * The order test files start in (issue 10: the suite under 5 minutes on 2 cores). Vitest runs two
 * files at a time; the run ends when the last one does. A long file started late leaves the other
 * worker idle at the end, so the long files go first, longest first, and the many short files fill
 * in around them. Vitest's own order (the durations of the last run, kept in node_modules/.vite)
 * does that on a machine that ran the suite before, but a fresh clone or CI has no last run: then
 * it starts the largest files first, and the browser leak test, a few minutes long, may start last.
 */

/** Known long files, longest first (durations of `npm test` on 2 cores, docs/build.md). */
const LONG_FIRST: readonly RegExp[] = [
  /test\/e2e\/reprisals-leak\.test\.ts$/,
  /test\/robustness\/api-inputs\.test\.ts$/,
  /test\/e2e\/web\.test\.ts$/,
  /test\/e2e\/hrc-votes\.test\.ts$/,
  /src\/report\/pdf\.test\.ts$/,
  /test\/e2e\/hrc-real-data\.test\.ts$/,
  /src\/store\/security\/security-store\.test\.ts$/,
  /src\/cli\/commands\/reprisals-export\.test\.ts$/,
  /src\/store\/upr\/import-files\.test\.ts$/,
  /test\/e2e\/[^/]+\.test\.ts$/,
  /src\/domain\/reference\/states\.test\.ts$/,
  /src\/report\/report\.real-data\.test\.ts$/,
  /test\/robustness\/[^/]+\.test\.ts$/,
];

function rank(spec: TestSpecification): number {
  const file = spec.moduleId.replaceAll('\\', '/');
  const at = LONG_FIRST.findIndex((pattern) => pattern.test(file));
  return at === -1 ? LONG_FIRST.length : at;
}

export default class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Array.prototype.sort is stable: within a rank, vitest's own order holds
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
