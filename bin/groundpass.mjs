#!/usr/bin/env node
// Runs the compiled JavaScript in dist/cli when it is the build of the sources as they are
// (`npm install` and `npm start` build it; see docs/build.md). Without a build, or with one older
// than the sources (a checkout being edited), it runs the TypeScript sources through tsx: slower
// to start, never stale. GROUNDPASS_RUN=source or =compiled picks one (bin/compiled.mjs).
import { entryToRun } from './compiled.mjs';

const compiled = entryToRun('run.mjs');
if (compiled) {
  await import(compiled);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/run.ts');
}
