// The command line as a process: bin/groundpass.mjs loads this, compiled (dist/cli/run.mjs) or
// from the sources through tsx. Tests call main() itself.
import { main } from './main.js';

// `groundpass … | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
