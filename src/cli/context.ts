import type { Store } from '../store/open-store.js';
import type { Lang, Messages } from './messages.js';

/** What every command gets: its messages, where to write, and a way to open the database. */
export interface CliContext {
  lang: Lang;
  t: Messages;
  out: (text: string) => void;
  err: (text: string) => void;
  withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>): Promise<T>;
}

export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

export function makeContext(
  lang: Lang,
  t: Messages,
  out: (s: string) => void,
  err: (s: string) => void,
): CliContext {
  return {
    lang,
    t,
    out,
    err,
    async withStore(db, fn) {
      // the store (kysely, the migrations, a driver) is loaded by commands that read or write it
      const { openStore } = await import('../store/open-store.js');
      const store = await openStore({ target: db });
      try {
        return await fn(store);
      } finally {
        await store.close();
      }
    },
  };
}

export function wholeNumber(t: Messages, option: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new CliFailure(t.invalidNumber(option, value), 2);
    return Number(value);
  };
}
