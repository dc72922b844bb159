import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { insertDocument } from '../../store/documents.js';
import { openStore } from '../../store/open-store.js';

/*
 * `groundpass participation clusters --session HRC55 --json` over statements stored in the
 * participation tables (written here, invented organisations): the session's two near-duplicates
 * by two organisations form one cluster; another session's copy, a State's statement and a
 * statement without text stay out.
 */

const TEXT =
  'The development path chosen by the people has brought stability and prosperity to the region. ' +
  'Vocational education and training centres have effectively prevented terrorism and extremism. ' +
  'We oppose the politicisation of human rights and interference in internal affairs.';

describe('groundpass participation clusters', () => {
  let dir: string;
  let db: string;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'gp-clusters-cli-'));
    db = path.join(dir, 'p.db');
    const store = await openStore({ target: db });
    await store.db.transaction().execute(async (trx) => {
      const documentId = await insertDocument(trx, {
        sha256: 'f'.repeat(64),
        kind: 'hrc-participation',
        fileName: 'invented-transcript.txt',
        byteSize: 1,
        meta: { symbol: null, url: null, title: null, date: null, year: 2024, language: 'en' },
      });
      const row = (speaker: string, session: string, text: string | null, kind = 'ngo') => ({
        documentId,
        line: 1,
        passage: '',
        session,
        speakerKind: kind,
        speaker,
        speakerKey: speaker.toLowerCase(),
        joint: 0,
        text,
        form: 'transcript',
        listComplete: 0,
      });
      await trx
        .insertInto('hrcStatements')
        .values([
          row('Invented Association One', 'HRC55', TEXT),
          row('Invented Foundation Two', 'HRC55', TEXT.replace('effectively', 'successfully')),
          row('Invented Society Three', 'HRC54', TEXT),
          row('Invented State', 'HRC55', TEXT, 'state'),
          row('Invented Network Four', 'HRC55', null),
          row(
            'Invented Defenders Five',
            'HRC55',
            'Journalists who report on the situation face surveillance and travel bans.',
          ),
        ])
        .execute();
    });
    await store.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('clusters the session’s NGO statements with text', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(
      ['participation', 'clusters', '--session', 'hrc55', '--json', '--db', db],
      {
        out: (s) => out.push(s),
        err: (s) => err.push(s),
      },
    );
    expect(code, err.join('\n')).toBe(0);
    const view = JSON.parse(out.join('\n'));
    expect(view.session).toBe('HRC55');
    expect(view.statements).toBe(3);
    expect(view.withoutText).toBe(1);
    expect(view.clusters).toHaveLength(1);
    expect(view.clusters[0].organizations).toEqual([
      'Invented Association One',
      'Invented Foundation Two',
    ]);
    expect(view.clusters[0].passages[0].text).toContain(
      'Vocational education and training centres have',
    );
  });

  it('refuses a session that does not read as one', async () => {
    const err: string[] = [];
    const code = await main(['participation', 'clusters', '--session', 'x1', '--db', db], {
      out: () => undefined,
      err: (s) => err.push(s),
    });
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/--session must read like HRC55/);
  });
});
