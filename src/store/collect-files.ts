import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Expands the paths a user gave (files or folders) into files, folders walked recursively in name
 * order so imports run in a stable, repeatable order. Hidden files are skipped.
 */
export function collectFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const visit = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (!name.startsWith('.')) visit(path.join(p, name));
      }
    } else if (st.isFile()) {
      out.push(p);
    }
  };
  for (const p of paths) visit(p);
  return out;
}
