import { writeFileSync } from 'node:fs';
import { withBom } from '../../analysis/csv.js';
import {
  casesExport,
  EXPORT_FORMATS,
  figuresExport,
  type ExportFile,
  type ExportFormat,
} from '../../analysis/reprisals/exports.js';
import { reprisalFigures } from '../../analysis/reprisals/views.js';
import { loadCases } from '../../store/reprisals/cases.js';
import { CliFailure, type CliContext } from '../context.js';
import { authenticate, casesFor, countryOf, PUBLIC } from './reprisals-actions.js';
import { stdinSecrets, type SecretSource } from './security-actions.js';

/*
 * `groundpass reprisals export --country ISO3 --format csv|json [--stats] [--as NAME] [--out FILE]`:
 * the registry (or its figures) as a file, holding only what the caller's role may read
 * (src/analysis/reprisals/exports.ts). Without --as the caller is the public.
 */

export interface ExportOptions {
  country: string;
  format: string;
  stats?: boolean;
  as?: string;
  out?: string;
  bom?: boolean;
  db?: string;
  keyFile?: string;
}

function formatOf(opts: ExportOptions): ExportFormat {
  const f = opts.format.toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(f))
    throw new CliFailure(`--format: ${JSON.stringify(opts.format)} is not csv or json`, 2);
  return f as ExportFormat;
}

export async function reprisalsExport(
  ctx: CliContext,
  opts: ExportOptions,
  secrets: SecretSource = stdinSecrets(),
): Promise<void> {
  const country = countryOf(opts);
  const format = formatOf(opts);
  const { file, role } = await ctx.withStore(opts.db, async (store) => {
    const actor = opts.as ? await authenticate(store, opts.as, secrets) : PUBLIC;
    let made: ExportFile;
    if (opts.stats) {
      // figures use public fields only: no vault read is needed (nor audited) for them
      const figures = reprisalFigures(await loadCases(store.db, { country }), actor.role);
      made = figuresExport(actor.role, country, figures, format);
    } else {
      const shown = await casesFor(store, actor, country, opts.keyFile);
      made = casesExport(shown, actor.role, country, format);
    }
    return { file: made, role: actor.role };
  });
  // a CSV file starts with the byte-order mark so Excel reads Chinese names (analysis/csv.ts)
  const body = format === 'csv' ? withBom(file.body, opts.bom !== false) : file.body;
  if (!opts.out) return ctx.out(body.replace(/\r?\n$/, ''));
  try {
    // created readable by its owner only: an editor's export holds names
    writeFileSync(opts.out, body, { mode: 0o600 });
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'not written';
    throw new CliFailure(`${opts.out}: ${reason}`);
  }
  ctx.err(`${opts.out}: written (${opts.stats ? 'figures' : 'cases'} as ${role} may read them)`);
}
