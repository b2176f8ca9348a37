import { existsSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';

/**
 * The database could not be opened for reading and writing. Its message is one line for the operator:
 * which file, what is wrong with it, and what to do. Start-up logs it and exits; no stack is shown,
 * because nothing in the code is at fault.
 */
export class DatabaseOpenError extends Error {
  constructor(
    readonly path: string,
    readonly reason: 'folder' | 'not-a-folder' | 'damaged' | 'read-only' | 'locked' | 'other',
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** Turns what SQLite or the file system threw while opening `path` into a DatabaseOpenError. */
export function databaseOpenError(path: string, error: unknown): DatabaseOpenError {
  const code = String((error as { code?: unknown }).code ?? '');
  const detail = String((error as { message?: unknown }).message ?? error).replace(/\s+/g, ' ');
  if (isFolder(path)) {
    return new DatabaseOpenError(path, 'folder', `The database ${path} is a folder, not a file: remove or rename that folder, or set DATA_DIR to another folder.`);
  }
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    return new DatabaseOpenError(
      path,
      'not-a-folder',
      `The database ${path} cannot be made: ${dirname(path)} or a folder above it is a file, not a folder. Move that file away, or set DATA_DIR to a folder.`,
    );
  }
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new DatabaseOpenError(
      path,
      'damaged',
      `The database ${path} is damaged or is not a SQLite database (${detail}): restore it from a backup, or move it aside to start with an empty one (seeds are read again; followed feeds and digest schedules are lost).`,
    );
  }
  const readOnly = code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || (code.startsWith('SQLITE_CANTOPEN') && !existsSync(path));
  if (readOnly) {
    return new DatabaseOpenError(
      path,
      'read-only',
      `The database ${path} cannot be written (${detail}): give the user running the bot write access to the file and to its folder ${dirname(path)} (SQLite writes ${basename(path)}-wal and ${basename(path)}-shm beside it), or set DATA_DIR to a writable folder.`,
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new DatabaseOpenError(path, 'locked', `The database ${path} stayed locked by another process (${detail}): stop the other process or wait for it, then start again.`);
  }
  return new DatabaseOpenError(path, 'other', `The database ${path} could not be opened (${code || 'error'}: ${detail}): check the file and its folder, or set DATA_DIR to another folder.`);
}
