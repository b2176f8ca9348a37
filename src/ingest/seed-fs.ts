import { readdir, readFile, realpath, stat } from 'node:fs/promises';

/**
 * The file-system calls the seed loader makes, passed in so a test can make one folder unreadable
 * (tests run as root, where `chmod 000` blocks nothing). `stat` follows symbolic links.
 */
export interface SeedFs {
  readdir(dir: string): Promise<string[]>;
  stat(path: string): Promise<{ isDirectory(): boolean; isFile(): boolean; size: number; mtime: Date }>;
  realpath(path: string): Promise<string>;
  readFile(path: string): Promise<Buffer>;
}

export const nodeSeedFs: SeedFs = {
  readdir: (dir) => readdir(dir),
  stat: (path) => stat(path),
  realpath: (path) => realpath(path),
  readFile: (path) => readFile(path),
};
