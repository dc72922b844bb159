import { chmodSync, mkdtempSync, rmSync, statfsSync } from 'node:fs';
import path from 'node:path';

/*
 * The test run's temporary files on a memory file system when the machine has one (issue 10:
 * the suite under 5 minutes on 2 cores). The suite writes about 1.4 GB to the temporary folder
 * (SQLite databases and their WAL checkpoints, imports' staging copies, Chromium profiles); on the
 * 2-core machines here the disk is shared and its waits showed as idle cores: two import files
 * took 44-45 s on /tmp and 28-36 s on /dev/shm at the same load. Nothing in the tests depends on
 * where the folder is, so this only moves it: TMPDIR is what os.tmpdir() reads in every worker
 * (workers are started after the global set-up and inherit its environment).
 *
 * Off with GROUNDPASS_TEST_TMPDIR=disk; a machine without a tmpfs, or with less than 4 GiB free
 * on it, keeps its own temporary folder.
 */

const TMPFS_MAGIC = 0x01021994;
const NEEDED_BYTES = 4 * 1024 ** 3;
const CANDIDATE = '/dev/shm';

function memoryFolder(): string | undefined {
  if (process.env.GROUNDPASS_TEST_TMPDIR === 'disk') return undefined;
  try {
    const fs = statfsSync(CANDIDATE);
    if (fs.type !== TMPFS_MAGIC || fs.bavail * fs.bsize < NEEDED_BYTES) return undefined;
    const dir = mkdtempSync(path.join(CANDIDATE, 'groundpass-test-'));
    // as /tmp: a test that runs a command as another user (nobody, in import-faults) reaches its
    // own folder through this one, which mkdtemp made 0700
    chmodSync(dir, 0o1777);
    return dir;
  } catch {
    return undefined;
  }
}

export default function setup(): (() => void) | undefined {
  const dir = memoryFolder();
  if (!dir) return undefined;
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    // what a test left behind would otherwise hold memory until the machine restarts
    rmSync(dir, { recursive: true, force: true });
  };
}
