import { randomBytes } from 'node:crypto';
import { chownSync, closeSync, fchmodSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** How the file that replaces another is made. */
export interface AtomicWriteOptions {
  /** The new file's mode (default 0o666 less the umask). */
  readonly mode?: number;
  /** Give the new file this owner, where permitted (only the owner or root may give a file away). */
  readonly owner?: { readonly uid: number; readonly gid: number };
  /** Create the folder first. */
  readonly createFolder?: boolean;
  /** Asked just before the rename; false leaves the old file as it was and returns 'skipped'. */
  readonly stillWanted?: () => boolean;
}

/**
 * Replaces (or creates) `path` atomically: the bytes go to a temporary file in the same folder,
 * flushed to disk, which is then renamed over `path`, so a reader never sees half a file and a
 * crash leaves the old one. The temporary file is removed on any failure; errors are thrown.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): 'written' | 'skipped' {
  const folder = dirname(path);
  if (options.createFolder) mkdirSync(folder, { recursive: true });
  const temp = join(folder, `.${basename(path)}.gwlint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', options.mode ?? 0o666);
  try {
    try {
      // open's mode is masked by the umask: set it exactly, so a fixed draft keeps its own.
      if (options.mode !== undefined) fchmodSync(fd, options.mode);
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.owner) {
      try {
        chownSync(temp, options.owner.uid, options.owner.gid);
      } catch {
        // Only the owner or root may give a file away; the mode is kept either way.
      }
    }
    if (options.stillWanted && !options.stillWanted()) {
      unlinkSync(temp);
      return 'skipped';
    }
    renameSync(temp, path);
    return 'written';
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed or removed.
    }
    throw error;
  }
}
