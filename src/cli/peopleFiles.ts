// The files `bulletin people` reads: files named as they are, folders searched recursively for
// *.txt and *.bulletin (hidden folders and node_modules skipped), in a stable order.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BULLETIN_FILE = /\.(txt|bulletin)$/i;

export interface Found {
  files: string[];
  /** Paths that could not be read as a file or folder, with why. */
  problems: Array<{ path: string; reason: string }>;
}

export function findBulletins(paths: string[]): Found {
  const found: Found = { files: [], problems: [] };
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      found.problems.push({ path, reason: code === 'ENOENT' ? 'no such file' : (err as Error).message });
      continue;
    }
    if (isDir) walk(path, found);
    else found.files.push(path);
  }
  return found;
}

function walk(dir: string, found: Found): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (err) {
    found.problems.push({ path: dir, reason: (err as Error).message });
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(dir, name);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      continue;
    }
    if (isDir) walk(path, found);
    else if (BULLETIN_FILE.test(name)) found.files.push(path);
  }
}
