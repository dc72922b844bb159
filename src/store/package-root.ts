import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | undefined;

/**
 * The folder Ground Pass is installed in (package.json, demo/, dist/web). Found by walking up from
 * this module, because the module runs from two places: src/store/ under tsx, and a chunk in
 * dist/cli/ once compiled (scripts/build-cli.mjs), at another depth.
 */
export function packageRoot(): string {
  if (found !== undefined) return found;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  found = dir;
  return dir;
}
