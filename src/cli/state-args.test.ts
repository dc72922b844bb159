import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.js';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/**
 * Every command that takes a state takes it the same way (issue 8: `votes record China` was
 * refused while `upr stats --sur China` was accepted). An empty database is enough: the state
 * is resolved before any figure is computed.
 */
describe('state arguments are read the same way by every command', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'groundpass-state-'));
    db = path.join(dir, 'gp.db');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const commands = (state: string): string[][] => [
    ['votes', 'record', state, '--json'],
    ['votes', 'alignment', state, '--json'],
    ['upr', 'stats', '--sur', state, '--json'],
    ['upr', 'profile', state, '--json'],
    ['upr', 'search', '', '--sur', state, '--json'],
    ['upr', 'search', '', '--from', state, '--json'],
    ['upr', 'recommenders', '--sur', state, '--json'],
  ];

  it.each(['CHN', 'chn', 'China', '中国', "People's Republic of China"])(
    'accepts %s everywhere',
    async (state) => {
      for (const argv of commands(state)) {
        const r = await run([...argv, '--db', db]);
        expect({ argv, code: r.code, err: r.err }).toMatchObject({ code: 0, err: '' });
      }
    },
  );

  it('refuses an ambiguous name everywhere with the same message listing the candidates', async () => {
    const errors = new Set<string>();
    for (const argv of commands('Korea')) {
      const r = await run([...argv, '--db', db]);
      expect({ argv, code: r.code }).toEqual({ argv, code: 2 });
      errors.add(r.err);
    }
    expect(errors.size).toBe(1);
    const [message] = [...errors];
    expect(message).toContain('"Korea" matches several states');
    expect(message).toContain('(KOR)');
    expect(message).toContain('(PRK)');
  });

  it('suggests a near spelling for an unknown name, in Chinese too', async () => {
    const en = await run(['votes', 'record', 'Chna', '--db', db]);
    expect(en.code).toBe(2);
    expect(en.err).toMatch(/unknown state "Chna".*China \(CHN\)/);
    const zh = await run(['--lang', 'zh', 'upr', 'stats', '--sur', 'Chna', '--db', db]);
    expect(zh.code).toBe(2);
    expect(zh.err).toMatch(/未知国家 "Chna".*中国（CHN）/);
  });

  it('reads a cohesion group of names and codes', async () => {
    const r = await run([
      'votes',
      'cohesion',
      '--group',
      'LMG=China,rus,古巴',
      '--json',
      '--db',
      db,
    ]);
    expect(r.code).toBe(0);
    const bad = await run(['votes', 'cohesion', '--group', 'X=CHN,Korea', '--json', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('matches several states');
  });
});
