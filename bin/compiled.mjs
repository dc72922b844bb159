// Whether the compiled JavaScript in dist/cli is the build of the sources as they are now.
//
// `npm install` and `npm start` compile src/ into dist/cli (scripts/build-cli.mjs), and the launcher
// runs that. In a checkout where someone edits src/, a build left from before would run old code:
// the build records the size and modification time of every file it read (manifest.json), and a
// build whose inputs changed, or that is missing, is not used (the launcher then runs the sources
// through tsx, as before there was a build). Checking a few hundred files costs about a millisecond.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = path.join(ROOT, 'dist', 'cli');
export const MANIFEST = path.join(OUT_DIR, 'manifest.json');

/** [modification time in ms, size in bytes] of a file, or null when it is not there. */
export function fileStamp(file) {
  try {
    const s = statSync(file);
    return [s.mtimeMs, s.size];
  } catch {
    return null;
  }
}

/**
 * What the launcher runs: GROUNDPASS_RUN=source (the sources through tsx) or =compiled (dist/cli
 * as it is, fresh or not: benchmarks of the build itself) override the default, a fresh build or
 * else the sources. Returns the compiled entry's URL, or null for the sources.
 */
export function entryToRun(name, env = process.env) {
  if (env.GROUNDPASS_RUN === 'source') return null;
  if (env.GROUNDPASS_RUN === 'compiled') {
    if (!fileStamp(path.join(OUT_DIR, name)))
      throw new Error(
        `GROUNDPASS_RUN=compiled, but dist/cli/${name} is missing: npm run build:cli`,
      );
    return pathToFileURL(path.join(OUT_DIR, name)).href;
  }
  return freshCompiledEntry(name);
}

/** The file: URL of a compiled entry (`run.mjs`, `figure-worker.mjs`), or null when no fresh build holds it. */
export function freshCompiledEntry(name) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return null;
  }
  if (!manifest || typeof manifest.inputs !== 'object' || !manifest.entries?.includes(name))
    return null;
  for (const [file, stamp] of Object.entries(manifest.inputs)) {
    const now = fileStamp(path.join(ROOT, file));
    if (!now || now[0] !== stamp[0] || now[1] !== stamp[1]) return null;
  }
  return pathToFileURL(path.join(OUT_DIR, name)).href;
}
