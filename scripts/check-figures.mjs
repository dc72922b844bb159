#!/usr/bin/env node
// Recomputes headline figures straight from the raw files in ../shared/data, without any of the
// project's parsers, normalisers or queries, and compares them with what the CLI prints (--json).
// It is deliberately naive (its own CSV reader, plain string matching) so that an error in the
// project's code cannot hide itself by being shared with the check.
//
//   node scripts/check-figures.mjs [--data ../shared/data] [--db FILE] [--raw-only]
//
// Without --raw-only, import the real data first (see docs/figures-checked.md); exit 1 when a
// figure disagrees.
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : fallback;
};
const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = option('--data', join(repo, '..', 'shared', 'data'));
const db = option('--db', process.env.GROUNDPASS_DB);
const rawOnly = argv.includes('--raw-only');
if (!existsSync(data)) {
  console.error(`${data}: no such folder (the real data lives beside the repo in ../shared/data)`);
  process.exit(1);
}

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and newlines. */
function csvRows(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r) =>
    Object.fromEntries(header.map((h, i) => [h.replace(/^\uFEFF/, ''), r[i] ?? ''])),
  );
}
const readCsv = (path) => {
  const bytes = readFileSync(join(data, path));
  return csvRows((path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'));
};

const checks = [];
function check(name, raw, fromCli, source) {
  checks.push({ name, raw, cli: fromCli, source });
}
function cli(...args) {
  if (rawOnly) return undefined;
  const env = { ...process.env, ...(db ? { GROUNDPASS_DB: db } : {}) };
  const out = execFileSync(
    process.execPath,
    [join(repo, 'bin', 'groundpass.mjs'), ...args, '--json'],
    {
      env,
      maxBuffer: 1 << 28,
    },
  );
  return JSON.parse(out.toString('utf8'));
}
const round = (x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

// ---------------------------------------------------------------- NGO Committee
{
  const dir = 'ecosoc-ngo-committee-decisions';
  const ballots = readCsv(`${dir}/8_roll_call_votes_filled.csv`);
  const votes = new Set(ballots.map((b) => `${b.Session_number}|${b.Vote_topic}`));
  const china = { yes: 0, no: 0 };
  for (const b of ballots) {
    if (b.Country.trim() !== 'China') continue;
    const v = b.Country_vote.trim();
    if (v === 'in favor') china.yes++;
    if (v === 'against') china.no++;
  }
  const fig = cli('ngo-committee', 'votes');
  const chn = fig?.members?.find((m) => m.state === 'CHN');
  check(
    'NGO Committee roll-call votes (distinct session × subject)',
    votes.size,
    fig?.votes,
    `${dir}/8_roll_call_votes_filled.csv`,
  );
  check(
    'China in favour / against in roll-calls',
    `${china.yes}/${china.no}`,
    chn && `${chn.yes}/${chn.no}`,
    `${dir}/8_roll_call_votes_filled.csv`,
  );

  // Deferral histories: one per organisation (as printed, case and spacing folded) and kind of
  // request; pending = no decision on or after the latest deferral.
  const key = (name) =>
    name.toLowerCase().normalize('NFKC').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
  const histories = new Map();
  const addDeferral = (file, kind) => {
    for (const r of readCsv(`${dir}/${file}`)) {
      const k = `${kind}|${key(r.NGO_name)}`;
      const h = histories.get(k) ?? { name: r.NGO_name, kind, dates: new Set() };
      h.dates.add(r.Session_number);
      histories.set(k, h);
    }
  };
  addDeferral('7_applications_deferred.csv', 'application');
  addDeferral('10_newapplications_deferred.csv', 'application');
  addDeferral('11_deferred_status_reclassification.csv', 'reclassification');
  // Decisions end a history; a deferral after a decision starts a new one (a new request).
  const decisions = new Map();
  for (const file of [
    '1_ecosoc_status_granted.csv',
    '3_ecosoc_closedrequests_failedrespond.csv',
    '4_ecosoc_application_withdrawn.csv',
    '5_ecosoc_status_declined.csv',
    '9_newapplications_status_directly_granted.csv',
  ]) {
    for (const r of readCsv(`${dir}/${file}`)) {
      const k = key(r.NGO_name);
      decisions.set(k, [...(decisions.get(k) ?? []), r.Session_number]);
    }
  }
  // A roll-call that closed consideration of an application is a decision too ("…: The application
  // of the non-governmental organization was recommended for closure", outcome in favour).
  for (const b of ballots) {
    const closure = /^(.*?):.*\bclosure\b/i.exec(b.Vote_topic);
    if (!closure || !['in favor', 'adopted'].includes(b.Vote_outcome.trim())) continue;
    const k = key(closure[1]);
    if (!(decisions.get(k) ?? []).includes(b.Session_number))
      decisions.set(k, [...(decisions.get(k) ?? []), b.Session_number]);
  }
  const spanYears = (a, b) => (Date.parse(b) - Date.parse(a)) / (365.25 * 86400e3);
  const pending8 = [];
  let idsn = 0;
  for (const h of histories.values()) {
    const dates = [...h.dates].filter(Boolean).sort();
    const last = dates[dates.length - 1];
    if (h.kind === 'application' && key(h.name) === 'international dalit solidarity network')
      idsn = dates.length;
    const own = decisions.get(key(h.name)) ?? [];
    if (own.some((d) => d >= last)) continue;
    const before = own
      .filter((d) => d < last)
      .sort()
      .pop();
    const first = dates.find((d) => before === undefined || d > before);
    if (spanYears(first, last) >= 8) pending8.push(`${h.kind}: ${h.name} ${first}–${last}`);
  }
  const pending = cli('ngo-committee', 'pending', '--min-years', '8');
  check(
    'Applications pending 8+ years (exact span, applications and reclassifications apart)',
    pending8.length,
    pending?.length,
    `${dir}/7, 10, 11 deferred; 1, 3, 4, 5, 9 decisions`,
  );
  const app = cli('ngo-committee', 'application', 'International Dalit Solidarity Network');
  // the application for status, not a later request for reclassification (issue 8)
  const idsnCli =
    app?.summary?.request === 'application' ? app.summary.sessionsDeferred : undefined;
  check(
    'International Dalit Solidarity Network: sessions deferred',
    idsn,
    idsnCli,
    `${dir}/7_applications_deferred.csv`,
  );
  if (process.env.VERBOSE) console.error(pending8.sort().join('\n'));
}

// ---------------------------------------------------------------- HRC recorded votes
{
  const dir = 'hrc-voting';
  const resolutions = readCsv(`${dir}/resolutions.csv.gz`);
  const ballots = readCsv(`${dir}/votes_long.csv.gz`);
  const bySymbol = new Map();
  for (const r of resolutions) bySymbol.set(r.symbol, [...(bySymbol.get(r.symbol) ?? []), r]);
  const tally = (symbol) => {
    const ids = new Set((bySymbol.get(symbol) ?? []).map((r) => r.record_id));
    const t = { Y: 0, N: 0, A: 0 };
    for (const b of ballots) if (ids.has(b.record_id) && b.vote in t) t[b.vote]++;
    return `${t.Y}/${t.N}/${t.A}`;
  };
  for (const symbol of ['A/HRC/RES/S-27/1', 'A/HRC/RES/S-39/1', 'A/HRC/RES/S-35/1']) {
    const fig = cli('votes', 'resolution', symbol);
    const counts = fig?.counts ?? fig?.[0]?.counts ?? fig?.texts?.[0]?.counts;
    check(
      `${symbol}: yes/no/abstain by roll-call`,
      tally(symbol),
      counts && `${counts.yes}/${counts.no}/${counts.abstain}`,
      `${dir}/votes_long.csv.gz`,
    );
  }

  // Agreement over Council votes both cast: same 1, one abstains ½, opposite 0. Only recorded votes.
  // Texts only means resolutions and decisions; an amendment is catalogued with ": amendment /" at
  // the end of its title or a draft field that starts with "Amendment" (the catalogue's two ways).
  const recorded = (r) => r.vote_type.startsWith('RECORDED');
  const isAmendment = new Map(
    resolutions.map((r) => [
      r.record_id,
      /:\s*amendment\s*\/\s*$/i.test(r.title) || /^\s*amendment\b/i.test(r.draft),
    ]),
  );
  const council = new Set(
    resolutions
      .filter((r) => r.body === 'Human Rights Council' && recorded(r))
      .map((r) => r.record_id),
  );
  const byRecord = new Map();
  for (const b of ballots) {
    if (!council.has(b.record_id) || !'YNA'.includes(b.vote) || b.vote === '') continue;
    const m = byRecord.get(b.record_id) ?? new Map();
    m.set(b.iso3, b.vote);
    byRecord.set(b.record_id, m);
  }
  const agreement = (a, b, withAmendments) => {
    let sum = 0;
    let n = 0;
    for (const [record, m] of byRecord) {
      if (!withAmendments && isAmendment.get(record)) continue;
      const x = m.get(a);
      const y = m.get(b);
      if (!x || !y) continue;
      n++;
      sum += x === y ? 1 : x === 'A' || y === 'A' ? 0.5 : 0;
    }
    return { score: round(sum / n), n };
  };
  const texts = agreement('BRA', 'IND', false);
  const all = agreement('BRA', 'IND', true);
  const india = (...extra) =>
    cli('votes', 'alignment', 'BRA', '--top', '200', '--min-votes', '1', ...extra)?.rows?.find?.(
      (p) => p.state === 'IND',
    );
  const shown = (p) => p && `${round(p.agreement)} over ${p.votes}`;
  check(
    'Brazil–India agreement, Council texts only',
    `${texts.score} over ${texts.n}`,
    shown(india()),
    `${dir}/votes_long.csv.gz`,
  );
  check(
    'Brazil–India agreement, amendments included',
    `${all.score} over ${all.n}`,
    shown(india('--with-amendments')),
    `${dir}/votes_long.csv.gz`,
  );

  // Catalogue totals whose "no" and "abstain" are the roll-call's exchanged: exchanged, they fit
  // the roll-call (up to rows missing from it) better than as printed. Recorded votes, any body.
  const counted = new Map();
  for (const b of ballots) {
    const t = counted.get(b.record_id) ?? { Y: 0, N: 0, A: 0 };
    if (b.vote in t) t[b.vote]++;
    counted.set(b.record_id, t);
  }
  let swapped = 0;
  for (const r of resolutions) {
    const t = counted.get(r.record_id);
    if (!t || !recorded(r) || r.yes === '') continue;
    const [yes, no, abstain] = [Number(r.yes), Number(r.no), Number(r.abstain)];
    if ((t.Y === yes && t.N === no && t.A === abstain) || t.N === t.A || no === abstain) continue;
    const asPrinted = Math.abs(t.N - no) + Math.abs(t.A - abstain);
    const exchanged = Math.abs(t.N - abstain) + Math.abs(t.A - no);
    if (t.Y <= yes && t.N <= abstain && t.A <= no && exchanged < asPrinted) swapped++;
  }
  const disagreements = cli('votes', 'disagreements');
  check(
    'Texts whose catalogue "no" and "abstain" totals are the roll-call\'s exchanged',
    swapped,
    disagreements?.filter?.((d) => d.cause === 'no-abstain-swapped').length,
    `${dir}/resolutions.csv.gz × votes_long.csv.gz`,
  );
}

// ---------------------------------------------------------------- UPR
{
  const info = readCsv('upr-info-sessions-1-20/upr_info_recommendations_sessions_1-20.csv.gz');
  const accepted = info.filter((r) => r.Response.trim() === 'Accepted').length;
  const noted = info.filter((r) => r.Response.trim() === 'Noted').length;
  check(
    'UPR Info rows: Accepted / Noted',
    `${accepted}/${noted}`,
    undefined,
    'upr-info-sessions-1-20',
  );
  const chinaCycle1 = info.filter((r) => r.To === 'China' && r.cycle === '1');
  const c1 = `${chinaCycle1.length}: ${chinaCycle1.filter((r) => r.Response === 'Accepted').length}/${chinaCycle1.filter((r) => r.Response === 'Noted').length}`;
  const matrices = readCsv(
    'upr-china-matrices/china_upr_recommendations_cycle2_2013_cycle3_2018.csv',
  );
  const stats = cli('upr', 'stats', '--sur', 'CHN');
  const cycleOf = (n) =>
    (Array.isArray(stats) ? stats : (stats?.cycles ?? [])).find((c) => c.cycle === n);
  const fmt = (c) => c && `${c.total}: ${c.supported}/${c.noted + (c.rejected ?? 0)}`;
  check(
    'China cycle 1 (UPR Info rows): total: accepted/noted',
    c1,
    fmt(cycleOf(1)),
    'upr-info-sessions-1-20',
  );
  for (const cycle of ['2', '3']) {
    const rows = matrices.filter((r) => r.cycle === cycle);
    const raw = `${rows.length}: ${rows.filter((r) => r.position === 'Supported').length}/${rows.filter((r) => r.position === 'Noted').length}`;
    check(
      `China cycle ${cycle} (UN paragraphs): total: supported/noted`,
      raw,
      fmt(cycleOf(Number(cycle))),
      'upr-china-matrices',
    );
  }

  // One unit at a time (issue 8): the profile's totals per unit, never one sum. China's cycle 2
  // is in both files; the default counts the matrix's paragraphs and leaves the export's rows out.
  const profile = cli('upr', 'profile', 'CHN');
  const unitTotals = (p) =>
    p && p.units.map((u) => `${u.unit} ${u.cycles.join('+')}: ${u.total}`).join('; ');
  const rawUnits = `paragraph 2+3: ${matrices.length}; recommending-state 1: ${chinaCycle1.length}`;
  check('China profile: totals per unit', rawUnits, unitTotals(profile), 'both');
  const canadaRaw = `${matrices.filter((r) => r.recommending_states.split('; ').includes('Canada')).length} paragraphs, ${chinaCycle1.filter((r) => r.From === 'Canada').length} rows`;
  const canadaCli =
    profile &&
    p2(
      profile.units.find((u) => u.unit === 'paragraph'),
      profile.units.find((u) => u.unit !== 'paragraph'),
    );
  function p2(par, rows) {
    const can = (u) => u?.byRecommendingState.find((r) => r.key === 'CAN')?.total;
    return `${can(par)} paragraphs, ${can(rows)} rows`;
  }
  check('China profile: Canada, once per unit', canadaRaw, canadaCli, 'both');

  // a search, default unit: the export's China cycle 2 rows are left out (the matrix has the review)
  const counted = info.filter((r) => !(r.To === 'China' && r.cycle === '2')).map((r) => r.Text);
  const texts = [...counted, ...matrices.map((r) => r.recommendation)];
  const hrd = /human rights defenders?\b/i;
  const chinaHrd = [
    ...chinaCycle1.filter((r) => hrd.test(r.Text)),
    ...matrices.filter((r) => hrd.test(r.recommendation)),
  ].length;
  const leftOut = info.filter(
    (r) => r.To === 'China' && r.cycle === '2' && hrd.test(r.Text),
  ).length;
  const search = cli('upr', 'search', '"human rights defenders"', '--sur', 'CHN', '--limit', '0');
  check(
    'search "human rights defenders", China: counted / left out (other unit)',
    `${chinaHrd} / ${leftOut}`,
    search && `${search.total} / ${search.unit.leftOut}`,
    'both',
  );
  const zh = cli('upr', 'search', '人权维护者', '--sur', 'CHN', '--limit', '0');
  check('search 人权维护者 (glossary → English), China', chinaHrd, zh?.total, 'both');
  const count = (rx) => texts.filter((t) => rx.test(t)).length;
  const tibet = cli('upr', 'search', 'Tibet', '--limit', '0');
  check(
    'search Tibet / hint Tibet*',
    `${count(/\btibet\b/i)} / ${count(/\btibet\w*/i)}`,
    tibet && `${tibet.total} / ${tibet.hints[0]?.total}`,
    'both',
  );
  // Porter's stemmer keeps "freed" apart from "free"; frees and freeing join it
  const free = cli('upr', 'search', 'free', '--limit', '0');
  check(
    'search free / hint free*',
    `${count(/\bfree(s|ing)?\b/i)} / ${count(/\bfree\w*/i)}`,
    free && `${free.total} / ${free.hints[0]?.total}`,
    'both',
  );
}

let disagreements = 0;
for (const c of checks) {
  const agrees =
    c.cli === undefined ? 'raw only' : String(c.cli) === String(c.raw) ? 'agrees' : 'DIFFERS';
  if (agrees === 'DIFFERS') disagreements++;
  console.log(
    `${agrees.padEnd(8)} ${c.name}: raw ${c.raw}${c.cli === undefined ? '' : `, CLI ${c.cli}`}  [${c.source}]`,
  );
}
process.exit(disagreements > 0 ? 1 : 0);
