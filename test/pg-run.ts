/*
 * Names of the PostgreSQL databases a test run makes (test/stores.ts), shared with the global
 * set-up that removes them (test/global-setup.ts). A run is named by its start time in seconds and
 * a random tag: `gp_run_<seconds>_<tag>_<what>`. The time lets a later run remove what a killed
 * run left, without touching the databases of a run going on beside it (helpers share one server).
 */

/** The key under which the global set-up hands the run's name to the test files. */
export const PG_RUN_KEY = 'groundpassPgRun';

export const PG_RUN_PREFIX = 'gp_run_';

/**
 * The folder (in the temporary folder the workers see) of the SQLite databases a run prepares once
 * and copies (test/prepared.ts).
 */
export function preparedDirName(run: string): string {
  return `groundpass-prepared-${run}`;
}

/** A new run's name: its start time in seconds and a random tag. */
export function newPgRun(): string {
  return `${Math.floor(Date.now() / 1000)}_${Math.random().toString(36).slice(2, 8)}`;
}

/** The name of one of a run's databases (`what`: "tpl" for the template, else a copy's tag). */
export function pgDatabaseName(run: string, what: string): string {
  return `${PG_RUN_PREFIX}${run}_${what}`.toLowerCase();
}

/** The start time in seconds of the run a database belongs to, or null when it is not a run's. */
export function pgRunStartedAt(database: string): number | null {
  const match = /^gp_run_(\d+)_/.exec(database);
  return match ? Number(match[1]) : null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    [PG_RUN_KEY]: string;
  }
}
