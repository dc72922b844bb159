#!/usr/bin/env node
// Builds the web app (src/web, with what it imports from src/charts, src/domain, src/analysis) into
// dist/web with Vite, unless dist/web is already the build of those files as they are. Run by
// `npm install` (prepare), `npm start` and the browser tests (test/e2e/server-harness.ts); see
// docs/build.md. `npm run build:web` builds anyway.
//
//   node scripts/build-web.mjs           build unless dist/web is current
//   node scripts/build-web.mjs --force   build anyway
//   --quiet                              say nothing when nothing was built
//
// "Current" is decided as for the CLI (bin/compiled.mjs): the build records the size and
// modification time of every source file the bundle was made from (dist/web-manifest.json, beside
// dist/web so the server never serves it), and a build whose inputs changed, or that has no
// manifest, is made again. Checking modification times of src/web alone missed the charts and
// domain modules the pages import.
//
// Test files run two at a time and `npm start` may run beside them: one process builds while the
// others wait (a lock directory, created atomically), instead of two Vite builds emptying one
// folder.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, fileStamp } from '../bin/compiled.mjs';

const WEB_DIR = path.join(ROOT, 'dist', 'web');
const MANIFEST = path.join(ROOT, 'dist', 'web-manifest.json');
const LOCK = path.join(ROOT, 'dist', '.web-build.lock');
// a lock older than this was left by a build that was killed
const LOCK_STALE_MS = 5 * 60_000;
// besides the modules in the bundle: what decides how they are built
const BUILD_INPUTS = [
  'vite.config.ts',
  'src/web/index.html',
  'package.json',
  'scripts/build-web.mjs',
];

/** Whether dist/web is the build of its inputs as they are now. */
export function webBuildIsCurrent() {
  if (!existsSync(path.join(WEB_DIR, 'index.html'))) return false;
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return false;
  }
  if (!manifest || typeof manifest.inputs !== 'object') return false;
  for (const [file, stamp] of Object.entries(manifest.inputs)) {
    const now = fileStamp(path.join(ROOT, file));
    if (!now || now[0] !== stamp[0] || now[1] !== stamp[1]) return false;
  }
  return true;
}

function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

function takeLock() {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch {
      let age = 0;
      try {
        age = Date.now() - statSync(LOCK).mtimeMs;
      } catch {
        // released meanwhile
      }
      if (age > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
}

/** The repository's own source files a Vite build output was made from, relative to ROOT. */
function sourcesOf(output) {
  const files = new Set();
  for (const result of Array.isArray(output) ? output : [output]) {
    for (const item of result.output ?? []) {
      for (const id of item.type === 'chunk' ? item.moduleIds : []) {
        const file = id.split('?')[0];
        if (!path.isAbsolute(file) || file.includes(`${path.sep}node_modules${path.sep}`)) continue;
        const relative = path.relative(ROOT, file);
        if (!relative.startsWith('..') && existsSync(file))
          files.add(relative.split(path.sep).join('/'));
      }
    }
  }
  return files;
}

/** Builds dist/web unless it is current (or `force`); returns what it did. */
export async function buildWeb({ force = false } = {}) {
  if (!force && webBuildIsCurrent()) return 'up to date';
  let vite;
  try {
    // Vite bundles React's development build unless NODE_ENV says production (vitest sets "test")
    process.env.NODE_ENV = 'production';
    vite = await import('vite');
  } catch {
    // an install without devDependencies: `npm start` would build it, with Vite installed
    return 'not built: Vite is not installed (npm install without --omit=dev installs it)';
  }
  takeLock();
  try {
    if (!force && webBuildIsCurrent()) return 'up to date (built by another process)';
    const started = Date.now();
    rmSync(MANIFEST, { force: true });
    const output = await vite.build({
      // vite.config.ts names src/web as the root relative to the working directory: said absolutely here
      root: path.join(ROOT, 'src', 'web'),
      configFile: path.join(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
    });
    const inputs = {};
    for (const file of [...sourcesOf(output), ...BUILD_INPUTS].sort()) {
      const stamp = fileStamp(path.join(ROOT, file));
      // a file changed while it was being built: the bundle may hold its older text
      inputs[file] = stamp && stamp[0] < started ? stamp : [0, 0];
    }
    writeAtomically(MANIFEST, JSON.stringify({ inputs }, null, 1));
    return `built from ${Object.keys(inputs).length} files in ${Date.now() - started} ms`;
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const what = await buildWeb({ force: process.argv.includes('--force') });
  if (!process.argv.includes('--quiet') || what.startsWith('built') || what.startsWith('not'))
    console.log(`dist/web: ${what}`);
}
