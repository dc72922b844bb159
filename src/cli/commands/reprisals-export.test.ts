import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCsv } from '../../sources/common/csv.js';
import {
  CANARY,
  canaryCase,
  canaryRegistryCsv,
  canaryReport,
  FIELD_CANARIES,
} from '../../store/reprisals/test-canary.js';
import { CliFailure } from '../context.js';
import { ACCOUNTS, reprisalsCli, type ReprisalsCli } from './reprisals-cli-test-setup.js';
import { reprisalsExport, type ExportOptions } from './reprisals-export.js';

/*
 * `groundpass reprisals export` per role (issue 12): the public and researchers get no canary in
 * any export, its stdout or stderr, nor in the errors; an editor's export holds every confidential
 * value, and the round trip export → edit → `import reprisals` shows its diff, then applies it
 * with --apply. A public export edited and applied keeps every confidential value.
 */

const leaks = (text: string) => text.toLowerCase().includes(CANARY.toLowerCase());

describe('groundpass reprisals export (SQLite)', () => {
  let cli: ReprisalsCli;
  let dir: string;
  let db: string;
  let keyFile: string;
  let out: string[];
  let err: string[];
  const ctx = () => cli.ctx();
  const run = (...argv: string[]) => cli.run(...argv);
  /** The export as `as` (or the public), as main prints a failure: the message on stderr. */
  const exportAs = async (opts: Omit<ExportOptions, 'db'>, password?: string) => {
    try {
      await reprisalsExport(ctx(), { db, ...opts }, async () =>
        opts.as ? (password ?? ACCOUNTS[opts.as as keyof typeof ACCOUNTS].password) : '',
      );
      return 0;
    } catch (error) {
      if (!(error instanceof CliFailure)) throw error;
      err.push(error.message);
      return error.exitCode;
    }
  };
  const cases = () => [canaryCase('2021-CHN-001', 'CHN'), canaryCase('2022-CHN-001', 'CHN')];

  beforeEach(async () => {
    cli = await reprisalsCli('gp-reprisals-export-');
    ({ dir, db, keyFile, out, err } = cli);
    await cli.importFile('A_HRC_45_36.txt', canaryReport());
    await cli.importFile('canaries.csv', canaryRegistryCsv(cases()), '--apply');
    cli.clear();
  });
  afterEach(() => cli.close());

  const editorCases = async () => {
    out.length = 0;
    await exportAs({ country: 'CHN', format: 'json', as: 'eddie', keyFile });
    const json = JSON.parse(out.join('\n')) as { items: Record<string, unknown>[] };
    out.length = 0;
    return new Map(json.items.map((c) => [c.caseId as string, c]));
  };

  it('an editor exports every field, canaries included', async () => {
    const file = path.join(dir, 'editor.csv');
    expect(await exportAs({ country: 'CHN', format: 'csv', as: 'eddie', keyFile, out: file })).toBe(
      0,
    );
    const text = readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff); // the byte-order mark, for Excel
    for (const canary of Object.values(FIELD_CANARIES)) expect(text).toContain(canary);
    const header = readCsv(text).value.header;
    expect(header).toContain('victimName');
    expect(header).toContain('activity');
    expect(err.join('\n')).not.toContain(CANARY); // the "written" line names no value
  });

  for (const who of [undefined, 'rita'] as const)
    it(`as ${who ?? 'the public'}: no canary in any export (cases csv/json, figures csv/json), stdout or stderr`, async () => {
      const outputs: string[] = [];
      for (const format of ['csv', 'json'])
        for (const stats of [false, true]) {
          const file = path.join(dir, `x-${format}-${stats}`);
          out.length = 0;
          expect(await exportAs({ country: 'CHN', format, stats, as: who, keyFile })).toBe(0);
          expect(
            await exportAs({ country: 'CHN', format, stats, as: who, keyFile, out: file }),
          ).toBe(0);
          outputs.push(out.join('\n'), readFileSync(file, 'utf8'));
        }
      outputs.push(err.join('\n'));
      expect(outputs.filter(leaks)).toEqual([]);
      // the exports held cases to leak from: the pseudonyms and case ids of the stored cases
      const casesCsv = readCsv(readFileSync(path.join(dir, 'x-csv-false'), 'utf8')).value;
      expect(casesCsv.rows.map((r) => r.cells[0])).toEqual(
        expect.arrayContaining(['2020-CHN-001', '2021-CHN-001', '2022-CHN-001']),
      );
      expect(casesCsv.header).toContain('pseudonym');
      expect(casesCsv.header).not.toContain('victimName');
      expect(casesCsv.header.includes('activity')).toBe(who === 'rita'); // restricted
      // figures: 4 CHN cases, one per year but 2020 with 2: every year cell "fewer than 3"
      const stats = readFileSync(path.join(dir, 'x-csv-true'), 'utf8');
      expect(stats).toContain('CHN,public,byYear,2021,fewer than 3,');
      expect(stats).toContain('CHN,public,byYear,total,4,1.0000');
      expect(stats).not.toMatch(/\d{4}-CHN-\d{3}/); // no case id in a public figures file
    });

  it('the errors of the command (bad password, bad format, unwritable file, no keys) hold no canary', async () => {
    const codes = [
      await exportAs({ country: 'CHN', format: 'csv', as: 'eddie', keyFile }, 'wrong'),
      await exportAs({ country: 'CHN', format: 'xml', as: 'rita' }),
      await exportAs({ country: 'C1N', format: 'csv' }),
      await exportAs({ country: 'CHN', format: 'csv', out: path.join(dir, 'no', 'such', 'f') }),
      // an editor without the key file: refused, never an export without the confidential check
      await exportAs({ country: 'CHN', format: 'csv', as: 'eddie' }),
      await run('reprisals', 'export', '--country', 'CHN', '--format', 'csv', '--db', db, '--x'),
      await run('reprisals', 'export', '--country', 'CHN', '--db', db), // no --format
    ];
    expect(codes.every((c) => c !== 0)).toBe(true);
    expect(err.join('\n')).toMatch(/password is wrong/);
    expect(err.join('\n')).toMatch(/not csv or json/);
    expect(err.join('\n')).toMatch(/no[/\\]such[/\\]f: ENOENT/);
    expect(err.join('\n')).toMatch(/key file/);
    expect([...out, ...err].filter(leaks)).toEqual([]);
  });

  it("round trip: an editor's export, edited, shows its diff on import and applies with --apply", async () => {
    const file = path.join(dir, 'editor.csv');
    await exportAs({ country: 'CHN', format: 'csv', as: 'eddie', keyFile, out: file });
    const text = readFileSync(file, 'utf8');
    const edited = text
      .replace(FIELD_CANARIES.notes, `${FIELD_CANARIES.notes}Edited`)
      .replace(/(2021-CHN-001,.*?),unresolved,/, '$1,resolved,');
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);

    err.length = 0;
    expect(await run('import', 'reprisals', file, '--db', db, '--key-file', keyFile)).toBe(0);
    const diff = err.join('\n');
    expect(diff).toContain('~ 2021-CHN-001 status: "unresolved" → "resolved"');
    expect(diff).toMatch(/~ 2\d{3}-CHN-001 notes: \(confidential value changed\)/);
    expect(diff).toContain('0 case(s) added, 2 field(s) changed');
    expect(leaks(diff)).toBe(false); // the diff never prints a confidential value
    // nothing applied yet
    expect((await editorCases()).get('2021-CHN-001')!.status).toBe('unresolved');

    expect(
      await run('import', 'reprisals', file, '--apply', '--db', db, '--key-file', keyFile),
    ).toBe(0);
    const after = await editorCases();
    expect(after.get('2021-CHN-001')!.status).toBe('resolved');
    expect(after.get('2022-CHN-001')!.status).toBe('unresolved');
    const notes = [...after.values()].map((c) => c.notes);
    expect(notes).toContain(`${FIELD_CANARIES.notes}Edited`);
  });

  it('a public export, edited and applied, keeps every confidential value', async () => {
    const before = await editorCases();
    const file = path.join(dir, 'public.csv');
    await exportAs({ country: 'CHN', format: 'csv', out: file });
    const text = readFileSync(file, 'utf8');
    expect(leaks(text)).toBe(false);
    writeFileSync(file, text.replace(/(2022-CHN-001,.*?),unresolved,/, '$1,resolved,'));
    err.length = 0;
    expect(
      await run('import', 'reprisals', file, '--apply', '--db', db, '--key-file', keyFile),
    ).toBe(0);
    expect(err.join('\n')).toContain('~ 2022-CHN-001 status: "unresolved" → "resolved"');
    expect(err.join('\n')).toContain('1 field(s) changed');
    const after = await editorCases();
    expect(after.get('2022-CHN-001')!.status).toBe('resolved');
    for (const [id, c] of before) {
      const now = after.get(id)!;
      for (const field of Object.keys(FIELD_CANARIES))
        expect(now[field], `${id} ${field}`).toEqual(c[field]);
    }
    // and the canaries are still there to compare (the check can fail)
    expect(after.get('2021-CHN-001')!.victimName).toBe(FIELD_CANARIES.victimName);
  });
});
