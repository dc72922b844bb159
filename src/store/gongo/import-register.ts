import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { FileImportReport } from '../import-report.js';
import type { Store } from '../open-store.js';
import type { Actor } from '../security/audit-log.js';
import { resolveOrganizationArg } from './names.js';
import { addEvidence, addName, setClassification, type RegisterContext } from './register.js';

/*
 * Loads a register file (demo/organizations/gongo-register.json) through the register's own
 * functions, so each record passes an editor's checks (a label needs evidence, each write is
 * audited). Used for the sample dataset; an organisation that already has evidence is left as it
 * is, so loading twice changes nothing.
 */

const RegisterFile = z.object({
  organizations: z.array(
    z.object({
      name: z.string().min(1),
      names: z.array(z.unknown()),
      evidence: z.array(z.unknown()),
      classifications: z.array(z.unknown()),
    }),
  ),
});

export const SAMPLE_ACTOR: Actor = { name: 'sample-dataset', role: 'admin' };

export async function importRegisterFile(
  store: Store,
  file: string,
  actor: Actor = SAMPLE_ACTOR,
): Promise<FileImportReport[]> {
  const parsed = RegisterFile.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file}: not a register file (${parsed.error.issues[0]?.message})`);
  const ctx: RegisterContext = { db: store.db, dialect: store.dialect };
  let written = 0;
  const missing: string[] = [];
  for (const org of parsed.data.organizations) {
    const found = await resolveOrganizationArg(store.db, org.name);
    if (found.kind !== 'found') {
      missing.push(org.name);
      continue;
    }
    const id = found.organizationId;
    const has = await store.db
      .selectFrom('gongoEvidence')
      .select('id')
      .where('organizationId', '=', id)
      .executeTakeFirst();
    if (has) continue;
    for (const n of org.names) await addName(ctx, actor, id, n);
    for (const e of org.evidence) await addEvidence(ctx, actor, id, e);
    for (const c of org.classifications) await setClassification(ctx, actor, id, c);
    written++;
  }
  if (missing.length > 0)
    throw new Error(`${path.basename(file)}: no organisation named ${missing.join('; ')}`);
  return written > 0
    ? [
        {
          file,
          status: 'imported',
          kind: 'gongo-register',
          counts: { organizations: written },
          problems: [],
        },
      ]
    : [];
}
