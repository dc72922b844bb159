import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** One file to import, and how the user gave it. */
export interface CollectedFile {
  file: string;
  /**
   * True when the user named this file itself, false when it was found by walking a folder. A named
   * file must be imported or the command fails; only a file found in a folder may be skipped.
   */
  named: boolean;
  size: number;
  /** Named, but not a regular file (a device, a FIFO…): nothing to import from it. */
  special?: true;
}

/**
 * Expands the paths a user gave (files or folders) into files, folders walked recursively in name
 * order so imports run in a stable, repeatable order. Hidden files in folders are skipped; a path
 * named twice is taken once.
 */
export function collectImportFiles(paths: readonly string[]): CollectedFile[] {
  const out: CollectedFile[] = [];
  const seen = new Set<string>();
  const add = (f: CollectedFile) => {
    if (seen.has(f.file)) return;
    seen.add(f.file);
    out.push(f);
  };
  const visit = (p: string, named: boolean) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (!name.startsWith('.')) visit(path.join(p, name), false);
      }
    } else if (st.isFile()) {
      add({ file: p, named, size: st.size });
    } else if (named) {
      add({ file: p, named, size: 0, special: true });
    }
  };
  for (const p of paths) visit(p, true);
  return out;
}

/** The regular files under the paths, in collectImportFiles' order. */
export function collectFiles(paths: readonly string[]): string[] {
  return collectImportFiles(paths)
    .filter((f) => f.special === undefined)
    .map((f) => f.file);
}
