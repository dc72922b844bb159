import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedPath, SHARED_DATA_SKIP_REASON } from '../../../test/shared-data.js';
import { openHrcVotingStoreAt } from '../../../test/real-data-stores.js';
import { skipName } from '../../../test/skip.js';
import { main } from '../../cli/main.js';
import type { Store } from '../../store/open-store.js';
import { evidenceResolver } from '../evidence.js';
import { Section } from '../types.js';
import { buildHrcVotesSection } from './hrc-votes-figures.js';

/**
 * The Council votes section over the real OHCHR voting export: each figure must be what the
 * command it names prints (run here through the CLI, the value read with jq as the report says
 * a reader would), so the report cannot drift from the votes module. China is checked for 2018 (a
 * member, three hostile amendments on civil society space that year) and 2013 (not a member), and
 * the mechanism edition for 2016 (the year of most such amendments).
 */

const real = sharedPath('hrc-voting');
const NO_JQ =
  spawnSync('jq', ['--version']).error !== undefined && 'jq not found (apt-get install jq)';
const skip = real === undefined ? SHARED_DATA_SKIP_REASON : NO_JQ;

describe.skipIf(!!skip)(skipName('Council votes section = votes CLI (real data)', skip), () => {
  let dir: string;
  let dbFile: string;
  let store: Store;
  const outputs = new Map<string, string>();

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'groundpass-report-hrc-'));
    dbFile = path.join(dir, 'votes.db');
    store = await openHrcVotingStoreAt(dbFile);
  }, 180_000);

  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function section(state: string | null, year: number): Promise<Section> {
    const built = await buildHrcVotesSection({
      store,
      db: store.db,
      options:
        state === null
          ? { edition: 'mechanism', mechanism: 'hrc-votes', year }
          : { edition: 'state', state, year },
      year,
      state,
      evidence: evidenceResolver(store.db),
    });
    return Section.parse(built);
  }

  /** What `command` prints, run as a user would (with this test's database). */
  async function run(command: string): Promise<string> {
    const cached = outputs.get(command);
    if (cached !== undefined) return cached;
    const argv = command.split(' ');
    expect(argv[0]).toBe('groundpass');
    const out: string[] = [];
    const code = await main([...argv.slice(1), '--db', dbFile], {
      out: (s) => out.push(s),
      err: () => undefined,
    });
    expect(code, command).toBe(0);
    outputs.set(command, out.join('\n'));
    return out.join('\n');
  }

  const jq = (filter: string, json: string): unknown =>
    JSON.parse(execFileSync('jq', ['-c', filter], { input: json, encoding: 'utf8' }));

  async function expectFiguresMatchCli(s: Section): Promise<void> {
    expect(s.status).toBe('ok');
    expect(s.figures.length).toBeGreaterThan(0);
    for (const f of s.figures) {
      expect(f.command, f.id).toMatch(/^groundpass votes .* --json$/);
      const printed = jq(f.jq, await run(f.command));
      // null: the State cast no ballot that year, and the command shows no vote of it
      if (f.value === null) expect(printed === null || printed === 0, f.id).toBe(true);
      else expect(printed, `${f.id}: ${f.command} | jq '${f.jq}'`).toBe(f.value);
      if (f.value) {
        expect(f.evidence.count, f.id).toBeGreaterThan(0);
        for (const r of f.evidence.records) {
          expect(r.symbol, `${f.id} record ${r.id}`).toMatch(/^A\/HRC\//);
          expect(r.line, `${f.id} record ${r.id}`).toBeGreaterThan(0);
        }
      }
    }
  }

  it('China 2018: every figure equals its command, hostile amendments on civil society space counted', async () => {
    const s = await section('CHN', 2018);
    await expectFiguresMatchCli(s);
    const byId = new Map(s.figures.map((f) => [f.id, f]));
    // OHCHR export (resolutions.csv), HRC 38, 6 July 2018: amendments A/HRC/38/L.37, L.38 and
    // L.39 to the civil society space text A/HRC/38/L.17/Rev.1, all three rejected
    expect(byId.get('hrc-votes.hostile.civil-society-space.total')?.value).toBe(3);
    const amendments = s.tables.find((t) => t.id === 'hrc-votes.hostile-amendments')!;
    expect(amendments.rows.map((r) => r[0])).toEqual([
      'A/HRC/38/L.37',
      'A/HRC/38/L.38',
      'A/HRC/38/L.39',
    ]);
    expect(byId.get('hrc-votes.country-specific.cast')?.value).toBeGreaterThan(0);
    expect(s.newRecords.filter((r) => r.kind === 'hostile-amendment')).toHaveLength(3);
  }, 120_000);

  it('China 2013: not a member, said so, and its own ballots are not counted', async () => {
    const s = await section('CHN', 2013);
    await expectFiguresMatchCli(s);
    const cast = s.figures.find((f) => f.id === 'hrc-votes.country-specific.cast')!;
    expect(cast.value).toBeNull();
    expect(cast.text.en).toContain('not a member');
    expect(cast.text.zh).toContain('不是成员国');
  }, 120_000);

  it('mechanism edition 2016: the year’s hostile amendments and who backed them', async () => {
    const s = await section(null, 2016);
    await expectFiguresMatchCli(s);
    expect(s.figures.map((f) => f.id)).toEqual([
      'hrc-votes.hostile.civil-society-space.total',
      'hrc-votes.hostile.reprisals.total',
    ]);
  }, 120_000);

  it('says so when the year has no Council vote', async () => {
    const s = await section('CHN', 1990);
    expect(s.status).toBe('no-data');
    expect(s.noData?.en).toContain('1990');
  });
});
