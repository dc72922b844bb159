import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './main.js';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixture = (p: string) => path.join(src, p);

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

// The first bytes of a PNG image: what a user drags in by mistake.
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
  0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
]);

interface Case {
  importer: 'ngo-committee' | 'hrc-votes' | 'upr';
  /** a file this importer imports */
  good: string;
  /** a real export of another mechanism: readable, but not this importer's */
  wrongExport: string;
}
const CASES: Case[] = [
  {
    importer: 'ngo-committee',
    good: 'store/ngo-committee/fixtures/press-2019-regular.txt',
    wrongExport: 'sources/upr/fixtures/upr-info-export.csv',
  },
  {
    importer: 'hrc-votes',
    good: 'sources/hrc-votes/fixtures/resolutions-sample.csv',
    wrongExport: 'sources/upr/fixtures/upr-info-export.csv',
  },
  {
    importer: 'upr',
    good: 'sources/upr/fixtures/upr-info-export.csv',
    wrongExport: 'store/ngo-committee/fixtures/deferred.csv',
  },
];

/**
 * Issue 8: a file named on the command line is imported or the command fails (exit 1,
 * `FILE: reason`); only files found by walking a folder may be skipped, and each skip is listed.
 * An empty file is rejected with a reason wherever it was found.
 */
describe.each(CASES)('import $importer: named files are imported or the command fails', (c) => {
  let dir: string;
  let db: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'groundpass-import-'));
    db = path.join(dir, 'gp.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const put = (name: string, bytes: Uint8Array | string) => {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    return file;
  };
  const importing = (...files: string[]) => run(['import', c.importer, ...files, '--db', db]);
  const fails = async (file: string, reason: RegExp) => {
    const r = await importing(file);
    expect({ code: r.code, err: r.err }).toMatchObject({ code: 1 });
    // the last words say which file failed and why, one line per file
    const lines = r.err.split('\n');
    expect(lines.some((l) => l.startsWith(`${file}: `) && reason.test(l))).toBe(true);
    expect(r.out).not.toMatch(/[1-9]\d* imported/);
    return r;
  };

  it('fails on a PNG named on the command line', async () => {
    await fails(put('chart.png', PNG), /not|cannot|unknown/i);
  });

  it('fails on another mechanism’s export named on the command line', async () => {
    const file = put(path.basename(c.wrongExport), readFileSync(fixture(c.wrongExport)));
    await fails(file, /not/i);
  });

  it('fails on a .csv.gz that is not gzip data', async () => {
    await fails(put('votes.csv.gz', readFileSync(fixture(c.good))), /gzip|not/i);
  });

  it.each(['empty.csv', 'empty.txt'])('rejects the empty file %s with a reason', async (name) => {
    await fails(put(name, ''), /empty/i);
  });

  it('fails when one of several named files cannot be imported, importing the others', async () => {
    const good = put(path.basename(c.good), readFileSync(fixture(c.good)));
    const png = put('chart.png', PNG);
    const r = await importing(good, png);
    expect(r.code).toBe(1);
    expect(r.out).toContain('1 imported');
    expect(r.err.split('\n')).toContainEqual(expect.stringMatching(new RegExp(`^${png}: `)));
  });

  it('skips, and lists, what it finds in a folder that it cannot import; exit 0', async () => {
    copyFileSync(fixture(c.good), path.join(dir, path.basename(c.good)));
    put('folder/chart.png', PNG);
    put(`folder/other/${path.basename(c.wrongExport)}`, readFileSync(fixture(c.wrongExport)));
    copyFileSync(fixture(c.good), path.join(dir, 'folder', path.basename(c.good)));
    const r = await importing(path.join(dir, 'folder'));
    expect({ code: r.code, err: r.err }).toMatchObject({ code: 0 });
    expect(r.out).toContain('1 imported');
    expect(r.out).toContain('2 skipped');
    expect(r.err).toContain(`${path.join(dir, 'folder', 'chart.png')}`);
    expect(r.err).toContain(path.join(dir, 'folder', 'other', path.basename(c.wrongExport)));
  });

  it('rejects an empty file found in a folder too', async () => {
    copyFileSync(fixture(c.good), path.join(dir, path.basename(c.good)));
    const empty = put('folder/empty.csv', '');
    copyFileSync(fixture(c.good), path.join(dir, 'folder', path.basename(c.good)));
    const r = await importing(path.join(dir, 'folder'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('1 imported');
    expect(r.err.split('\n')).toContainEqual(
      expect.stringMatching(new RegExp(`^${empty}: .*empty`)),
    );
  });
});
