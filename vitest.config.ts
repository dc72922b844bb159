import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import LongFirstSequencer from './test/sequencer.js';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    // Vitest runs (cores - 1) files at once: one at a time on a 2-core machine, where most test
    // files wait on a browser, a child process or a database as much as they compute. With two at
    // once, an idle 2-core machine ran the suite at 113 % CPU of 200 % (584 s wall, 662 s CPU,
    // PostgreSQL's own beside it): a third file fills the waits (issue 10: the suite under 5
    // minutes on 2 cores). The suite passed with three at a load average of 15-20.
    maxWorkers: availableParallelism() + 1,
    hookTimeout: 60_000,
    // expect.poll waits for what a page or server shows once it has settled; 1 s (vitest's default)
    // fails on a loaded 2-core machine where a browser answers slower. A passing poll returns at once.
    expect: { poll: { timeout: 10_000 } },
    // names the run's PostgreSQL databases (a template migrated once, a copy per test) and drops them
    globalSetup: ['./test/global-setup.ts', './test/tmp-setup.ts'],
    // the long files first, so that no worker is left alone with one at the end
    sequence: { sequencer: LongFirstSequencer },
    // The skipped tests with their reasons first, then the default reporter, whose closing
    // summary line stays last (CI recognises the run by it).
    reporters: ['./test/reporters/skip-reasons.ts', 'default'],
  },
});
