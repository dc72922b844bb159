import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { decodeUtf8 } from '../../sources/common/decode-text.js';
import { formatProblem, hasFatal } from '../../sources/common/parse-result.js';
import { readPressRelease } from '../../store/ngo-committee/import-files.js';
import { CliFailure, type CliContext } from '../context.js';
import { formatTable } from '../output.js';

export function registerParse(program: Command, ctx: CliContext): void {
  const parse = program.command('parse').description(ctx.t.parseDescription);
  parse
    .command('ngo-committee-press')
    .description(ctx.t.parsePressDescription)
    .argument(
      '<file>',
      'press release file (.txt with or without the url/title/date header, or .html)',
    )
    .option('--json', ctx.t.optJson)
    .addHelpText(
      'after',
      '\nExample:\n  groundpass parse ngo-committee-press ecosoc6731.txt --json | jq ".applications[0]"',
    )
    .action((file: string, opts: { json?: boolean }) => {
      const decoded = decodeUtf8(readFileSync(file), file);
      if (hasFatal(decoded.problems))
        throw new CliFailure(decoded.problems.map(formatProblem).join('\n'));
      const { release, problems } = readPressRelease(decoded.value, file);
      for (const p of problems) ctx.err(formatProblem(p));
      if (hasFatal(problems)) throw new CliFailure(`${file}: not read`);
      if (opts.json) {
        // The exact shape scripts rely on (issue: "Interfaces (exact)").
        const json = {
          applications: release.applications.map((a) => ({
            organization: a.organization,
            country: a.country,
            status: a.status,
            action: a.action,
            questions: a.questions.map((q) => ({
              state: q.state,
              text: q.text,
              topics: q.topics.map((t) => t.topic),
            })),
          })),
          votes: release.votes.map((v) => ({
            subject: v.subject,
            motion: v.motion,
            yes: v.yes,
            no: v.no,
            abstain: v.abstain,
            absent: v.absent,
            counts: v.counts,
          })),
        };
        ctx.out(JSON.stringify(json, null, 2));
        return;
      }
      ctx.out(
        formatTable(
          ['line', 'organization', 'country', 'status', 'action', 'questions by'],
          release.applications.map((a) => [
            a.locator.line,
            a.organization,
            a.country,
            a.status,
            a.action,
            a.questions.map((q) => q.state).join(' '),
          ]),
        ),
      );
      for (const v of release.votes) {
        ctx.out(
          `\nvote (line ${v.locator.line}) on ${v.subject ?? '?'}: ${v.motion} — yes ${v.counts.yes ?? '?'}, no ${v.counts.no ?? '?'}, abstain ${v.counts.abstain ?? '?'}`,
        );
      }
    });
}
