import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pressBodyLines, twoPageReleasePdf } from '../../../test/press-release-pdf.js';
import { main } from '../main.js';

/**
 * `groundpass parse hrc-vote-press|ngo-committee-press FILE.pdf`: the PDF is read as the importers
 * read it (store/pdf-input.ts), and each vote, application and question names its page.
 */
const work = mkdtempSync(path.join(tmpdir(), 'groundpass-parse-pdf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const bodyLines = (fixture: string) => pressBodyLines(new URL(fixture, import.meta.url));

/** The release over two pages, split before paragraph `split`, written to a file. */
function pdfFile(name: string, lines: string[], split: number): string {
  const file = path.join(work, name);
  writeFileSync(file, twoPageReleasePdf(lines, split));
  return file;
}

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('groundpass parse … FILE.pdf', () => {
  it('hrc-vote-press: each vote with the page its sentence is printed on', async () => {
    // press-sample-2021-07-13.txt: Belarus (20–9–17) before the split, civil society (30–10–7) after
    const lines = bodyLines('../../store/hrc-votes/fixtures/press-sample-2021-07-13.txt');
    const split = lines.findIndex((l) => l.includes('civil society space, adopted'));
    expect(split).toBeGreaterThan(0);
    const file = pdfFile('hrc.pdf', lines, split);
    const r = await run(['parse', 'hrc-vote-press', file, '--json']);
    expect(r.code).toBe(0);
    const votes = (
      JSON.parse(r.out) as { votes: { counts: Record<string, number>; page: number }[] }
    ).votes;
    expect(votes.map((v) => [v.counts.yes, v.counts.no, v.counts.abstain, v.page])).toEqual([
      [20, 9, 17, 1],
      [30, 10, 7, 2],
    ]);
    const table = await run(['parse', 'hrc-vote-press', file]);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/\(p\. 1\)/);
    expect(table.out).toMatch(/\(p\. 2\)/);
  });

  it('ngo-committee-press: questions with their pages', async () => {
    // press-2019-regular.txt: Lantern's and Silver River's questions on page 1, Northwind's on 2
    const lines = [
      '24 January 2019',
      ...bodyLines('../../store/ngo-committee/fixtures/press-2019-regular.txt'),
    ];
    const split = lines.findIndex((l) => l.startsWith('Northwind'));
    const file = pdfFile('ngo.pdf', lines, split);
    const r = await run(['parse', 'ngo-committee-press', file, '--json']);
    expect(r.code).toBe(0);
    const apps = (
      JSON.parse(r.out) as { applications: { questions: { state: string; page: number }[] }[] }
    ).applications;
    expect(apps.flatMap((a) => a.questions.map((q) => [q.state, q.page]))).toEqual([
      ['CHN', 1],
      ['PAK', 1],
      ['CHN', 1],
      ['TUR', 2],
    ]);
  });

  it('a text file keeps its JSON shape (no page key)', async () => {
    const file = path.join(work, 'hrc.txt');
    writeFileSync(
      file,
      readFileSync(
        new URL('../../store/hrc-votes/fixtures/press-sample-2021-07-13.txt', import.meta.url),
      ),
    );
    const r = await run(['parse', 'hrc-vote-press', file, '--json']);
    expect(r.code).toBe(0);
    const votes = (JSON.parse(r.out) as { votes: Record<string, unknown>[] }).votes;
    expect(votes.length).toBeGreaterThan(0);
    for (const v of votes) expect(v).not.toHaveProperty('page');
  });

  it('a named PDF that cannot be read fails with "FILE: reason", exit 1', async () => {
    const file = path.join(work, 'broken.pdf');
    writeFileSync(file, '%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\n');
    for (const cmd of ['hrc-vote-press', 'ngo-committee-press']) {
      const r = await run(['parse', cmd, file]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(
        new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\S`, 'm'),
      );
    }
  });
});

describe('groundpass parse … a named file that is not there, or a folder', () => {
  it('fails with "FILE: reason", exit 1, for both parsers', async () => {
    const missing = path.join(work, 'no-such-release.txt');
    for (const cmd of ['hrc-vote-press', 'ngo-committee-press']) {
      const gone = await run(['parse', cmd, missing]);
      expect(gone.code).toBe(1);
      expect(gone.err).toContain(`${missing}: no such file`);
      const folder = await run(['parse', cmd, work]);
      expect(folder.code).toBe(1);
      expect(folder.err).toContain(`${work}: a folder, not a file`);
    }
  });
});

describe('groundpass ngo-committee application, a release read from a PDF', () => {
  it('cites the page beside the line', async () => {
    const lines = [
      '24 January 2019',
      ...bodyLines('../../store/ngo-committee/fixtures/press-2019-regular.txt'),
    ];
    const split = lines.findIndex((l) => l.startsWith('Northwind'));
    const file = pdfFile('ngo901.pdf', lines, split);
    const db = path.join(work, 'ngo.db');
    expect((await run(['import', 'ngo-committee', file, '--db', db])).code).toBe(0);
    // Northwind Education Forum's question (Türkiye) is printed on page 2
    const r = await run(['ngo-committee', 'application', 'Northwind Education Forum', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\[ECOSOC\/9001, line \d+, p\. 2\]/);
    expect(r.out).toContain('TUR');
  });
});
