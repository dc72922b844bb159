import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKeys } from '../../security/keyring.js';
import { openStore } from '../../store/open-store.js';
import { loadCases } from '../../store/reprisals/cases.js';
import { readConfidential } from '../../store/security/vault.js';
import { CliFailure } from '../context.js';
import { reprisalLinkCommunication } from './reprisals-editor-actions.js';
import { reprisalsCli, type ReprisalsCli } from './reprisals-cli-test-setup.js';

/*
 * `groundpass reprisals link|unlink CASE REFERENCE --as EDITOR` on the report and communications
 * fixtures (invented people): the case lists the letter, then no longer does, and the letter's
 * vault link to the case goes with it; a researcher is refused; a reference the case does not list
 * fails with its reason; without the key file the command says the link is confidential.
 */

const CASE = '2020-CHN-002';
const REF = 'CHN 15/2011';

describe('groundpass reprisals link / unlink (SQLite)', () => {
  let cli: ReprisalsCli;
  beforeEach(async () => {
    cli = await reprisalsCli('gp-reprisals-link-cli-');
    await cli.importFixture('sg-report-annexes.txt');
    await cli.importFixture('sp-communications.csv');
    cli.clear();
  });
  afterEach(() => cli.close());

  const refsOf = async () => {
    const store = await openStore({ target: cli.db });
    try {
      const ring = loadKeys(cli.keyFile)!.ring;
      const letter = await readConfidential(
        { store, ring },
        { name: 'cli:test', role: 'admin' },
        { entity: 'spCommunication', recordId: REF, field: 'caseId' },
      );
      return { refs: (await loadCases(store.db, { caseId: CASE }))[0]!.communicationRefs, letter };
    } finally {
      await store.close();
    }
  };
  const as = (action: 'link' | 'unlink', who: 'eddie' | 'rita', ref = REF, keyFile = true) =>
    reprisalLinkCommunication(
      cli.ctx(),
      action,
      CASE.toLowerCase(),
      ref,
      { as: who, db: cli.db, ...(keyFile ? { keyFile: cli.keyFile } : {}) },
      cli.password(who),
    );

  it('links, then unlinks: the case and the letter both forget it', async () => {
    await as('link', 'eddie', 'chn 15/2011');
    expect(cli.out.at(-1)).toBe(`${REF} linked to ${CASE}`);
    expect(await refsOf()).toEqual({ refs: [REF], letter: CASE });
    await as('unlink', 'eddie');
    expect(cli.out.at(-1)).toBe(`${REF} unlinked from ${CASE}`);
    expect(await refsOf()).toEqual({ refs: [], letter: null });
    // the log still verifies
    expect(await cli.run('audit', 'verify', '--db', cli.db, '--key-file', cli.keyFile)).toBe(0);
  });

  it('refuses a researcher, a reference the case does not list, a reference that is none, and no key file', async () => {
    await as('link', 'eddie');
    await expect(as('unlink', 'rita')).rejects.toThrow(/only editors and admins/);
    await expect(as('unlink', 'eddie', 'CHN 7/2020')).rejects.toThrow(
      /does not list the communication CHN 7\/2020/,
    );
    const usage = await as('unlink', 'eddie', 'CHN-15-2011').catch((e: unknown) => e);
    expect(usage).toBeInstanceOf(CliFailure);
    expect((usage as CliFailure).exitCode).toBe(2);
    const saved = process.env.GROUNDPASS_KEY_FILE;
    delete process.env.GROUNDPASS_KEY_FILE;
    try {
      await expect(as('unlink', 'eddie', REF, false)).rejects.toThrow(/confidential: --key-file/);
    } finally {
      if (saved !== undefined) process.env.GROUNDPASS_KEY_FILE = saved;
    }
    // nothing was unlinked by any of them
    expect(await refsOf()).toEqual({ refs: [REF], letter: CASE });
  });

  it('is a command of the reprisals group: a missing reference is a usage error (exit 2)', async () => {
    expect(await cli.run('reprisals', 'unlink', CASE, '--as', 'eddie', '--db', cli.db)).toBe(2);
    expect(cli.err.join('\n')).toMatch(/reference/);
  });
});
