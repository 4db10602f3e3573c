import type { Dirent, Stats } from 'node:fs';
import { readdir, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { makeReject, type Reject } from '../../core/reject-codes.ts';

/** File extensions the loader reads, mapped to their format. */
export const INPUT_FORMATS = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
} as const;

export type InputFormat = (typeof INPUT_FORMATS)[keyof typeof INPUT_FORMATS];

/** The files under an input folder, split into readable and ignored ones, and what could not be listed. */
export interface InputListing {
  /** Readable files, relative to the input folder, `/`-separated, sorted. */
  readonly files: readonly string[];
  /** Files of other types (counted as skipped, never silently dropped). */
  readonly ignored: readonly string[];
  /** Folders that could not be read, links that lead nowhere or back into a folder already read, special files (FIFOs, devices, sockets). */
  readonly rejects: readonly Reject[];
}

/**
 * Lists the report files under `root`, recursively, in a stable order.
 * Hidden files and folders (".git", ".DS_Store") are not reports and are
 * left out of every list. Symbolic links are followed once: a link to a
 * file lists the file under the link's path; a link to a folder is walked
 * unless that folder was already walked (a loop, or a second way into the
 * same folder: `FILE_LINK_LOOP`); a link to nothing is `FILE_LINK_BROKEN`.
 * A folder that cannot be read is `FOLDER_UNREADABLE` and the rest is still
 * listed; a FIFO, device or socket with a report's extension is
 * `FILE_UNREADABLE` (reading it could block forever).
 *
 * @example
 * await listInputFiles('raw')
 * // → { files: ['000_730c65573414c71e.txt'], ignored: [], rejects: [] }
 */
export async function listInputFiles(root: string): Promise<InputListing> {
  const files: string[] = [];
  const ignored: string[] = [];
  const rejects: Reject[] = [];
  const walked = new Set<string>();
  const rootId = await stat(root).then(folderId);
  walked.add(rootId);

  const walk = async (rel: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(rel === '' ? root : path.join(root, rel), { withFileTypes: true });
    } catch (error) {
      rejects.push(makeReject('FOLDER_UNREADABLE', rel === '' ? '.' : `${rel}/`, `expected a readable folder, got: ${reason(error)}; its files were not read`));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const relPath = rel === '' ? entry.name : `${rel}/${entry.name}`;
      const abs = path.join(root, relPath);
      if (entry.isFile()) {
        (formatOf(relPath) ? files : ignored).push(relPath);
        continue;
      }
      if (!entry.isSymbolicLink() && !entry.isDirectory()) {
        if (formatOf(relPath)) rejects.push(makeReject('FILE_UNREADABLE', relPath, `expected a regular file, got ${kindOf(entry)}; not read`));
        else ignored.push(relPath);
        continue;
      }
      // a folder, or a link: what it leads to
      const info = await stat(abs).catch(() => null);
      if (info === null) {
        const to = await readlink(abs).catch(() => '?');
        rejects.push(makeReject('FILE_LINK_BROKEN', relPath, `expected a symbolic link to a file or folder, got a link to ${to}, which does not exist`));
        continue;
      }
      if (info.isDirectory()) {
        const id = folderId(info);
        if (walked.has(id)) {
          const to = await realpath(abs).catch(() => abs);
          rejects.push(makeReject('FILE_LINK_LOOP', `${relPath}/`, `expected a link to a folder not yet read, got a link to ${to}, which is read already (a loop, or a second way in); not followed`));
          continue;
        }
        walked.add(id);
        await walk(relPath);
      } else if (info.isFile()) {
        (formatOf(relPath) ? files : ignored).push(relPath);
      } else if (formatOf(relPath)) {
        rejects.push(makeReject('FILE_UNREADABLE', relPath, 'expected a regular file, got a link to a special file (a FIFO, device or socket); not read'));
      } else {
        ignored.push(relPath);
      }
    }
  };
  await walk('');
  files.sort();
  ignored.sort();
  return { files, ignored, rejects };
}

function folderId(info: Stats): string {
  return `${info.dev}:${info.ino}`;
}

function kindOf(entry: Dirent): string {
  if (entry.isFIFO()) return 'a FIFO';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
  return 'a special file';
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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
