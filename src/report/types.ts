import { z } from 'zod';

/*
 * The annual report as data (issue 13). `buildReport` (build.ts) computes it from the store; the
 * renderers (html.ts, pdf.ts) only present it. The JSON output is this object as it is: every text
 * a reader sees is here in English and Chinese (`LocalText`), made from the interface strings of
 * i18n.ts, so one report renders in either language without going back to the data.
 *
 * Deterministic by construction: no clock, no random ids. Ids are derived from what a thing is
 * (`ngo-committee.questions.count`), lists are sorted by stable keys.
 */

export const ReportLang = z.enum(['en', 'zh']);
export type ReportLang = z.infer<typeof ReportLang>;

/** One text in both report languages. */
export const LocalText = z.object({ en: z.string(), zh: z.string() });
export type LocalText = z.infer<typeof LocalText>;

/** The mechanisms that contribute a section, in the report's fixed order. */
export const MechanismId = z.enum([
  'ngo-committee',
  'hrc-votes',
  'upr',
  'reprisals',
  'participation',
]);
export type MechanismId = z.infer<typeof MechanismId>;

/**
 * One record behind a figure, located in its UN document: the symbol (or the URL / file name when
 * the document has none) and the paragraph, line or page a reader opens.
 */
export const EvidenceRecord = z.object({
  /** the table the record is in: 'ngo-question', 'ngo-event', 'upr-recommendation', … */
  kind: z.string(),
  /** the record's id (resolvable through the API's evidence lists); a case id for reprisals */
  id: z.union([z.number().int(), z.string()]),
  symbol: z.string().nullable(),
  url: z.string().nullable(),
  fileName: z.string().nullable(),
  date: z.string().nullable(),
  paragraph: z.string().nullable(),
  line: z.number().int().nullable(),
  page: z.number().int().nullable(),
});
export type EvidenceRecord = z.infer<typeof EvidenceRecord>;

/** What a figure counts in: a plain count, a share (0–1), a number of years, … */
export const FigureUnit = z.enum([
  'count',
  'share',
  'years',
  'sessions',
  'recommendations',
  'recommending-state-rows',
]);
export type FigureUnit = z.infer<typeof FigureUnit>;

/** The same figure for the previous year (or the previous UPR cycle), and the change. */
export const PreviousValue = z.object({
  /** what the previous period is: "2023", "cycle 3 (2018)" */
  period: LocalText,
  value: z.number().nullable(),
  /** value − previous value; null when either is missing or the units differ */
  change: z.number().nullable(),
  /** set when the two values are counted in different units and must not be compared */
  incomparable: LocalText.nullable(),
});
export type PreviousValue = z.infer<typeof PreviousValue>;

export const Figure = z.object({
  /** stable id, section first: 'ngo-committee.questions.count' */
  id: z.string(),
  label: LocalText,
  /** null: the figure has no value for this year (said so in `text`) */
  value: z.number().nullable(),
  unit: FigureUnit,
  /** the sentence the report prints, with the value in it (generated, never typed) */
  text: LocalText,
  /** the records behind the figure; empty only when the value is 0 or null */
  evidence: z.object({
    kind: z.string(),
    /** how many records (the list below can be cut for very large figures; this never is) */
    count: z.number().int(),
    records: z.array(EvidenceRecord),
  }),
  /** the command that prints the figure: `groundpass … --json` */
  command: z.string(),
  /** where the figure is in that command's JSON output, as a jq filter */
  jq: z.string(),
  previous: PreviousValue.nullable(),
});
export type Figure = z.infer<typeof Figure>;

/** A chart as data: drawn as SVG by src/report/chart.ts, and always printed as a table too. */
export const ChartSpec = z.object({
  id: z.string(),
  kind: z.enum(['bar', 'line']),
  title: LocalText,
  /** the x axis (years, states, cycles); labels shown as they are */
  categories: z.array(z.string()),
  series: z.array(z.object({ name: LocalText, values: z.array(z.number().nullable()) })),
  unit: FigureUnit,
});
export type ChartSpec = z.infer<typeof ChartSpec>;

/** A table of rows the section shows (e.g. the longest-deferred applications). */
export const ReportTable = z.object({
  id: z.string(),
  title: LocalText,
  columns: z.array(LocalText),
  /** cell texts; a LocalText where the cell is interface text */
  rows: z.array(z.array(z.union([z.string(), z.number(), LocalText]))),
});
export type ReportTable = z.infer<typeof ReportTable>;

/** A record new this year: a new deferral of an NGO deferred before, a new reprisal case, … */
export const NewRecord = z.object({
  kind: z.enum(['repeat-deferral', 'reprisal-case', 'hostile-amendment', 'other']),
  text: LocalText,
  evidence: z.array(EvidenceRecord),
});
export type NewRecord = z.infer<typeof NewRecord>;

export const Section = z.object({
  id: MechanismId,
  title: LocalText,
  /** 'no-data': the store holds nothing for this section and year; `noData` says what is missing */
  status: z.enum(['ok', 'no-data']),
  noData: LocalText.nullable(),
  /** one or two sentences of context (the counting rules a reader needs) */
  intro: LocalText.nullable(),
  figures: z.array(Figure),
  tables: z.array(ReportTable),
  charts: z.array(ChartSpec),
  newRecords: z.array(NewRecord),
  /** caveats specific to this section's sources, printed in "Sources and method" */
  method: z.array(LocalText),
});
export type Section = z.infer<typeof Section>;

/** A hash over the sha256 of every imported source document: the data a report was built from. */
export const DatasetVersion = z.object({
  /** sha256 (hex) of the sorted document hashes, one per line */
  hash: z.string(),
  documents: z.number().int(),
  /** documents per parser kind ('ngo-press', 'upr-info-export', …), sorted by kind */
  byKind: z.array(z.object({ kind: z.string(), documents: z.number().int() })),
});
export type DatasetVersion = z.infer<typeof DatasetVersion>;

export const ChangeLine = z.object({
  figureId: z.string(),
  sectionId: MechanismId,
  label: LocalText,
  value: z.number().nullable(),
  previous: PreviousValue,
  unit: FigureUnit,
});
export type ChangeLine = z.infer<typeof ChangeLine>;

export const Report = z.object({
  /** raised when the shape changes */
  schemaVersion: z.literal(1),
  edition: z.enum(['state', 'mechanism']),
  /** ISO alpha-3 of the State (state edition), else null */
  state: z.string().nullable(),
  stateName: LocalText.nullable(),
  mechanism: MechanismId.nullable(),
  year: z.number().int(),
  title: LocalText,
  datasetVersion: DatasetVersion,
  sections: z.array(Section),
  /** "What changed since last year": the biggest changes first, then the new records */
  changes: z.object({ biggest: z.array(ChangeLine), newRecords: z.array(NewRecord) }),
});
export type Report = z.infer<typeof Report>;

export const ReportFormat = z.enum(['html', 'pdf', 'json']);
export type ReportFormat = z.infer<typeof ReportFormat>;

/** What `buildReport` is asked for: one State across the mechanisms, or one mechanism for all. */
export type ReportOptions =
  | { edition: 'state'; state: string; year: number }
  | { edition: 'mechanism'; mechanism: MechanismId; year: number };

/**
 * The PDF renderer's contract (src/report/pdf.ts, from the rendered HTML): the CLI loads it by
 * name, so the report engine does not depend on Chromium.
 */
export type RenderReportPdf = (html: string, options: { lang: ReportLang }) => Promise<Uint8Array>;
