import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuild } from './cli-build.js';
import { repoRoot } from './shared-data.js';

/*
 * Issue 10: a command loads only what it needs. What the compiled CLI loads before any command
 * runs is the static import graph of dist/cli/run.mjs (everything else is behind an import()):
 * it must hold neither the server, nor a database driver, nor pdf.js, nor any importer or figure.
 */
const OUT = path.join(repoRoot, 'dist', 'cli');

/** Every file and package run.mjs loads at start: its static imports, followed through chunks. */
function startupGraph(): { chunks: Map<string, string>; packages: Set<string> } {
  const chunks = new Map<string, string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (chunks.has(file)) return;
    const text = readFileSync(path.join(OUT, file), 'utf8');
    chunks.set(file, text);
    // esbuild writes static imports at the top level as `import … from "x";` or `import "x";`
    for (const m of text.matchAll(/^import\s(?:[^;]*?\sfrom\s*)?"([^"]+)";?$/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('./')) visit(spec.slice(2));
      else packages.add(spec);
    }
  };
  visit('run.mjs');
  return { chunks, packages };
}

/** The source modules bundled into the start-up chunks (esbuild marks each with a `// path` line). */
function sourcesIn(chunks: Map<string, string>): string[] {
  return [...chunks.values()].flatMap((text) =>
    [...text.matchAll(/^\/\/ (src\/\S+\.tsx?)$/gm)].map((m) => m[1]!),
  );
}

describe('the compiled CLI loads per command', () => {
  beforeAll(ensureCliBuild);

  it('starts without the server, the database drivers, pdf.js or the parsers', () => {
    const { chunks, packages } = startupGraph();
    const loaded = [...packages].filter((p) => !p.startsWith('node:'));
    for (const heavy of [
      'fastify',
      '@fastify/static',
      '@fastify/helmet',
      'pg',
      'better-sqlite3',
      'pdfjs-dist',
      'i18n-iso-countries',
    ])
      expect(
        loaded.some((p) => p === heavy || p.startsWith(`${heavy}/`)),
        heavy,
      ).toBe(false);
    const sources = sourcesIn(chunks);
    // the CLI's own definitions are there, so the graph was read
    expect(sources).toContain('src/cli/main.ts');
    expect(sources).toContain('src/cli/messages.ts');
    const offenders = sources.filter((s) =>
      /^src\/(server|store|sources|analysis\/(?!csv\.ts))|^src\/domain\/reference\/states\.ts$/.test(
        s,
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps the figures, the importers and the server reachable (behind import())', () => {
    const all = [
      ...new Set(readFileSync(path.join(OUT, 'manifest.json'), 'utf8').match(/src\/[^"]+/g)),
    ];
    for (const module of [
      'src/server/app.ts',
      'src/store/open-store.ts',
      'src/store/upr/import-files.ts',
      'src/analysis/upr/stats.ts',
    ])
      expect(all).toContain(module);
  });
});
