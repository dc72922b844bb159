import type { ParseProblem } from '../domain/provenance.js';

export type ImportStatus = 'imported' | 'unchanged' | 'rejected' | 'skipped';

/** What happened to one file: the CLI prints it, the API returns it. */
export interface FileImportReport {
  file: string;
  status: ImportStatus;
  /** the document kind it was read as, when recognised */
  kind?: string;
  documentId?: number;
  counts?: Record<string, number>;
  /** fatal problems (why it was rejected) and warnings (lines not read) */
  problems: ParseProblem[];
  reason?: string;
}

export interface ImportProgress {
  done: number;
  total: number;
  file: string;
  status: ImportStatus;
}
