import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** File extensions the loader reads, mapped to their format. */
export const INPUT_FORMATS = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
} as const;

export type InputFormat = (typeof INPUT_FORMATS)[keyof typeof INPUT_FORMATS];

/** The files under an input folder, split into readable and ignored ones. */
export interface InputListing {
  /** Readable files, relative to the input folder, `/`-separated, sorted. */
  readonly files: readonly string[];
  /** Files of other types (counted as skipped, never silently dropped). */
  readonly ignored: readonly string[];
}

/**
 * Lists the report files under `root`, recursively, in a stable order.
 * Hidden files and folders (".git", ".DS_Store") are not reports and are
 * left out of both lists.
 *
 * @example
 * await listInputFiles('raw')
 * // → { files: ['000_730c65573414c71e.txt'], ignored: [] }
 */
export async function listInputFiles(root: string): Promise<InputListing> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  const ignored: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const abs = path.join(entry.parentPath, entry.name);
    const rel = path.relative(root, abs).split(path.sep).join('/');
    if (rel.split('/').some((part) => part.startsWith('.'))) continue;
    (formatOf(rel) ? files : ignored).push(rel);
  }
  files.sort();
  ignored.sort();
  return { files, ignored };
}

/**
 * The input format of a path from its extension, or null when it is not one
 * the loader reads.
 *
 * @example
 * formatOf('a/b.HTM') // → 'html'
 */
export function formatOf(relPath: string): InputFormat | null {
  const ext = path.extname(relPath).toLowerCase();
  return ext in INPUT_FORMATS ? INPUT_FORMATS[ext as keyof typeof INPUT_FORMATS] : null;
}
