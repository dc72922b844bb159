import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../main.js';

const fixtures = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../sources/hrc-votes/fixtures/press',
);

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('groundpass parse hrc-vote-press', () => {
  it('--json prints the exact shape of the interface, problems to stderr as FILE:LINE', async () => {
    const file = path.join(fixtures, 'en-result-block.txt');
    const r = await run(['parse', 'hrc-vote-press', file, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['votes']);
    expect(json.votes).toHaveLength(3);
    expect(Object.keys(json.votes[0]).slice(0, 6)).toEqual([
      'subject',
      'outcome',
      'counts',
      'yes',
      'no',
      'abstain',
    ]);
    expect(json.votes[0].counts).toEqual({ yes: 31, no: 7, abstain: 9 });
    expect(json.votes[0].no).toEqual(['BDI', 'CHN', 'COG', 'CUB', 'RUS', 'VEN']);
    expect(json.votes[2]).toMatchObject({ outcome: 'rejected', kind: 'draft' });
    expect(r.err).toContain(`${file}:11: warning unknown-state`);
  });

  it('prints a table without --json, in Chinese help too', async () => {
    const r = await run(['parse', 'hrc-vote-press', path.join(fixtures, 'zh-burundi.txt')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('关于布隆迪人权状况的决议');
    expect(r.out).toContain('19');
    const help = await run(['--lang', 'zh', 'parse', '--help']);
    expect(help.out).toContain('人权理事会新闻稿');
  });

  it('fails with 1 on a file that is not text', async () => {
    const r = await run(['parse', 'hrc-vote-press', path.join(fixtures, 'no-such-file.txt')]);
    expect(r.code).not.toBe(0);
  });
});
