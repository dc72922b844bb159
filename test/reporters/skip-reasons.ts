import type { Reporter, TestCase, TestModule } from 'vitest/node';
import { SHARED_DATA_SKIP_REASON, sharedDataDir } from '../shared-data.js';
import { reasonInName } from '../skip.js';
import { STORE_KINDS } from '../stores.js';

/**
 * Lists every skipped test with why, at the end of `npm test` (issue 8). It runs before the
 * default reporter's summary in vitest.config.ts, so the closing summary line (how CI recognises
 * the run) stays the last thing printed. Why: the note of `ctx.skip(note)`, else the reason a test
 * or suite name states (test/skip.ts), else the environment's reason when the name says which
 * store or data it needs. A skip with none is listed as "no reason given", so it shows and can be
 * fixed.
 */
export default class SkipReasonsReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const byReason = new Map<string, string[]>();
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state !== 'skipped') continue;
        // `.only` elsewhere or a todo is not a skip that needs a reason
        if (test.options.mode === 'todo') continue;
        const reason = skipReason(test);
        const list = byReason.get(reason) ?? [];
        list.push(`${module.relativeModuleId} > ${test.fullName}`);
        byReason.set(reason, list);
      }
    }
    if (byReason.size === 0) return;
    const total = [...byReason.values()].reduce((n, l) => n + l.length, 0);
    const lines = [``, `Skipped tests (${total}), by reason:`];
    for (const [reason, tests] of [...byReason].sort((a, b) => b[1].length - a[1].length)) {
      lines.push(`  ${reason} — ${tests.length} test${tests.length === 1 ? '' : 's'}`);
      for (const t of tests) lines.push(`      ${t}`);
    }
    process.stdout.write(lines.join('\n') + '\n');
  }
}

function skipReason(test: TestCase): string {
  const result = test.result();
  if (result.state === 'skipped' && result.note) return result.note;
  for (let node: TestCase | TestCase['parent'] = test; node.type !== 'module'; node = node.parent) {
    const why = reasonInName(node.name);
    if (why) return why;
  }
  // Suites that name only the store they run on, or only that they read the real data: the
  // reason is the environment's, known here too (test/stores.ts, test/shared-data.ts).
  const where = `${test.module.relativeModuleId} ${test.fullName}`;
  const postgres = STORE_KINDS.find((k) => k.name === 'postgres')?.skip;
  if (postgres && /postgres/i.test(test.fullName)) return postgres;
  if (!sharedDataDir() && /real|shared|export|corpus/i.test(where)) return SHARED_DATA_SKIP_REASON;
  return 'no reason given (use ctx.skip(reason) or skipName from test/skip.ts)';
}
