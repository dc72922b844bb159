#!/usr/bin/env node
// Compiles the Node side of Ground Pass (CLI, server, store, analysis, sources) from src/ into
// plain JavaScript in dist/cli, so `groundpass` starts without transpiling TypeScript at run time.
// Run by `npm install` (prepare), `npm start` and the test suite's global setup; see docs/build.md.
//
//   node scripts/build-cli.mjs           build unless dist/cli is already the build of src/ as it is
//   node scripts/build-cli.mjs --force   build anyway
//
// One bundle with code splitting: what a command loads with import() (the server, the importers,
// a database driver, pdf.js) sits in its own chunk and is read only when that command runs.
// Three pure-ESM packages every command needs are bundled in: Node resolves and reads each of
// their files one by one (kysely: ~300 ms of CPU as ~400 files, ~35 ms as one chunk; zod ~160 →
// ~80 ms). Every other package stays in node_modules and is imported as it is, so native modules
// (better-sqlite3), CommonJS with dynamic requires (fastify, pg) and pdf.js load as Node loads them.
//
// Several processes may build and run at once (helpers, test runs): every file is written under a
// temporary name and renamed into place, chunks are named by their content, and chunks of an
// earlier build are removed only once they are old, so a running process never finds its chunk
// half-written or gone. The manifest is written last.
import { build } from 'esbuild';
import { readdirSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MANIFEST, OUT_DIR, ROOT, fileStamp, freshCompiledEntry } from '../bin/compiled.mjs';

const BUNDLED_PACKAGES = new Set(['kysely', 'zod', 'commander']);

/** Leaves every package but BUNDLED_PACKAGES to be imported from node_modules at run time. */
const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      const name = args.path.startsWith('@')
        ? args.path.split('/').slice(0, 2).join('/')
        : args.path.split('/')[0];
      return BUNDLED_PACKAGES.has(name) ? undefined : { path: args.path, external: true };
    });
  },
};

const ENTRIES = { run: 'src/cli/run.ts', 'figure-worker': 'src/server/figure-worker.ts' };
// besides the sources esbuild reads: what decides how they are compiled
const BUILD_INPUTS = ['scripts/build-cli.mjs', 'bin/compiled.mjs', 'tsconfig.json', 'package.json'];
// chunks of an earlier build that a process started before this one may still import
const KEEP_OLD_CHUNKS_MS = 15 * 60_000;

function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

/** Builds dist/cli; returns what it did, for the caller to print or not. */
export async function buildCli({ force = false } = {}) {
  const entryFiles = Object.keys(ENTRIES).map((name) => `${name}.mjs`);
  if (!force && entryFiles.every((name) => freshCompiledEntry(name))) return 'up to date';
  const started = Date.now();
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: Object.entries(ENTRIES).map(([out, input]) => ({ in: input, out })),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    plugins: [externalPackages],
    // commander is CommonJS: its bundled require('node:events') needs a require in ESM output
    banner: {
      js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);",
    },
    outdir: OUT_DIR,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.mjs' },
    write: false,
    metafile: true,
    logLevel: 'warning',
  });
  mkdirSync(OUT_DIR, { recursive: true });
  const written = new Set();
  // chunks first, then the entries that import them, then the manifest that vouches for them
  const files = [...result.outputFiles].sort(
    (a, b) =>
      Number(entryFiles.includes(path.basename(a.path))) -
      Number(entryFiles.includes(path.basename(b.path))),
  );
  for (const file of files) {
    writeAtomically(file.path, file.contents);
    written.add(path.basename(file.path));
  }
  const inputs = {};
  for (const input of [...Object.keys(result.metafile.inputs), ...BUILD_INPUTS]) {
    const stamp = fileStamp(path.join(ROOT, input));
    // a file changed while it was being compiled: the build may hold its older text
    inputs[input] = stamp && stamp[0] < started ? stamp : [0, 0];
  }
  writeAtomically(MANIFEST, JSON.stringify({ entries: entryFiles, inputs }, null, 1));
  for (const name of readdirSync(OUT_DIR)) {
    if (written.has(name) || name === 'manifest.json') continue;
    const file = path.join(OUT_DIR, name);
    try {
      if (Date.now() - statSync(file).mtimeMs > KEEP_OLD_CHUNKS_MS) rmSync(file, { force: true });
    } catch {
      // removed by another build meanwhile
    }
  }
  return `built ${written.size} files in ${Date.now() - started} ms`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const what = await buildCli({ force: process.argv.includes('--force') });
  if (!process.argv.includes('--quiet')) console.log(`dist/cli: ${what}`);
}
