// Atomic, no-clobber file writing: the bytes go to a temporary file beside the target, then take the
// target's name in one step. Without `overwrite`, an existing target is never replaced (link() fails
// with EEXIST instead of racing an exists-check).
import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';

export class TargetExistsError extends Error {
  readonly code = 'EEXIST';
  constructor(readonly target: string) {
    super(`${target} exists`);
  }
}

export class TargetIsFolderError extends Error {
  readonly code = 'EISDIR';
  constructor(readonly target: string) {
    super(`${target} is a folder`);
  }
}

export interface WriteOptions {
  /** Replace an existing file (the user asked for it). */
  overwrite: boolean;
}

export async function writeFileAtomic(target: string, bytes: Uint8Array, options: WriteOptions): Promise<void> {
  const absolute = path.resolve(target);
  const existing = await fs.lstat(absolute).catch(() => undefined);
  if (existing?.isDirectory()) throw new TargetIsFolderError(absolute);
  if (existing && !options.overwrite) throw new TargetExistsError(absolute);
  const folder = path.dirname(absolute);
  const temp = path.join(folder, `.${path.basename(absolute)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx', 0o644);
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) {
      await fs.rename(temp, absolute);
    } else {
      try {
        await fs.link(temp, absolute);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new TargetExistsError(absolute);
        // File systems without hard links: fall back to an exclusive create.
        if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV'].includes(String((error as NodeJS.ErrnoException).code))) throw error;
        await fs.copyFile(temp, absolute, constants.COPYFILE_EXCL).catch((copyError: NodeJS.ErrnoException) => {
          throw copyError.code === 'EEXIST' ? new TargetExistsError(absolute) : copyError;
        });
      }
    }
  } finally {
    await fs.rm(temp, { force: true });
  }
}
