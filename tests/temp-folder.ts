import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, onTestFinished } from 'vitest';

/** A fresh folder under the system's temp folder, removed when the test that made it finishes. */
export function tempFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A folder shared by a file's tests: made before its first test runs and removed after its last, so a run that
 * skips every test of the file (a `-t` filter) makes none and leaves none. Read it inside tests and hooks.
 */
export function fileTempFolder(prefix: string): () => string {
  let dir: string | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!dir) throw new Error(`${prefix} folder read outside a test`);
    return dir;
  };
}
