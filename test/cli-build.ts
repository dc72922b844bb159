import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './shared-data.js';

/** The launcher users run; it runs dist/cli when that is the build of the current sources. */
export const CLI_BIN = path.join(repoRoot, 'bin', 'groundpass.mjs');

/**
 * Brings dist/cli up to date with the sources (a no-op when it is), for tests that start the CLI
 * as a process: the launcher then runs the compiled code, started in a fraction of the time tsx
 * takes. Without this it would still run the current sources, through tsx: a stale build is never
 * used (bin/compiled.mjs), so a test can never exercise old code.
 */
export function ensureCliBuild(): void {
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-cli.mjs'), '--quiet'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}
