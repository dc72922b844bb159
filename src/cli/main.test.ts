import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './main.js';

const fixtures = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../store/ngo-committee/fixtures',
);
const fx = (f: string) => path.join(fixtures, f);

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    env: { ...env },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('groundpass CLI', () => {
  let dir: string;
  let db: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'groundpass-cli-'));
    db = path.join(dir, 'gp.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('teaches with --help and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('import ngo-committee');
    expect(r.out).toContain('--json');
  });

  it('speaks Chinese when asked', async () => {
    const r = await run(['--lang', 'zh', '--help']);
    expect(r.out).toContain('联合国');
  });

  it('exits 2 on a usage error', async () => {
    expect((await run(['ngo-committee', 'questions', '--from', 'soon'])).code).toBe(2);
    expect((await run(['no-such-command'])).code).toBe(2);
  });

  it('parses a press release to the documented JSON shape', async () => {
    const r = await run(['parse', 'ngo-committee-press', fx('press-2019-regular.txt'), '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json).sort()).toEqual(['applications', 'votes']);
    const silver = json.applications.find(
      (a: { organization: string }) => a.organization === 'Silver River Alliance (ACHR)',
    );
    expect(silver).toMatchObject({
      country: 'Republic of Korea',
      status: 'special',
      action: 'deferred',
    });
    expect(silver.questions.map((q: { state: string }) => q.state)).toEqual(['PAK', 'CHN']);
    expect(silver.questions[0].topics).toContain('funding');
  });

  it('imports, reports figures as JSON, and is idempotent', async () => {
    const files = [
      'press-2019-regular.txt',
      'press-2020-regular.txt',
      'deferred.csv',
      'granted.csv',
    ].map(fx);
    const first = await run(['import', 'ngo-committee', ...files, '--db', db]);
    expect(first.code).toBe(0);
    expect(first.out).toContain('4 imported');
    const second = await run(['import', 'ngo-committee', ...files, '--db', db]);
    expect(second.out).toContain('0 imported, 4 unchanged');

    const q = JSON.parse(
      (
        await run([
          'ngo-committee',
          'questions',
          '--from',
          '2019',
          '--to',
          '2020',
          '--json',
          '--db',
          db,
        ])
      ).out,
    );
    expect(q[0]).toMatchObject({ state: 'CHN', questions: 4 });
    expect(q[0].share).toBeCloseTo(4 / 6);

    const pending = JSON.parse(
      (await run(['ngo-committee', 'pending', '--min-years', '5', '--json', '--db', db])).out,
    );
    expect(pending).toEqual([
      expect.objectContaining({
        organization: 'Lantern Rights Watch',
        sessionsDeferred: 4,
        firstDeferred: '2019-01-24',
        lastDeferred: '2024-06-14',
      }),
    ]);
    const longest = JSON.parse(
      (await run(['ngo-committee', 'longest', '--limit', '1', '--json', '--db', db])).out,
    );
    expect(longest).toHaveLength(1);
    expect(Object.keys(longest[0])).toEqual(
      expect.arrayContaining([
        'organization',
        'sessionsDeferred',
        'firstDeferred',
        'lastDeferred',
        'yearsPending',
      ]),
    );

    const app = JSON.parse(
      (await run(['ngo-committee', 'application', 'Lantern Rights Watch', '--json', '--db', db]))
        .out,
    );
    expect(app.events.length).toBeGreaterThan(0);
    expect(app.events.every((e: { source: { line: number } }) => e.source.line > 0)).toBe(true);
  });

  it('exits 1 and names the file and line when an import is rejected', async () => {
    const r = await run(['import', 'ngo-committee', fx('bad_roll_call_votes.csv'), '--db', db]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('bad_roll_call_votes.csv:3');
  });

  it('says so when an application is unknown', async () => {
    const r = await run(['ngo-committee', 'application', 'Nobody', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Nobody');
  });
});
