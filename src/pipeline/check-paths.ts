import { lstat, realpath, stat, statfs } from 'node:fs/promises';
import path from 'node:path';

/**
 * File systems that hold no user files: the kernel's views of processes,
 * devices and settings. Writing there fails or, for `mkdir -p` on /proc,
 * spins forever, so paths on them are refused before any work starts.
 */
const SPECIAL_FILE_SYSTEMS: ReadonlyMap<number, string> = new Map([
  [0x9fa0, 'proc'],
  [0x62656572, 'sysfs'],
  [0x1cd1, 'devpts'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
  [0x64626720, 'debugfs'],
  [0x74726163, 'tracefs'],
  [0x73636673, 'securityfs'],
  [0xcafe4a11, 'bpf'],
  [0x42494e4d, 'binfmt_misc'],
  [0x6e736673, 'nsfs'],
  [0x50495045, 'pipefs'],
]);

/**
 * Why a folder cannot take the run's output, or null when it can: it must be
 * a folder (or not exist yet, under an existing folder) on a file system
 * that holds files, not a device, a regular file, /proc or /sys.
 *
 * @example
 * await folderProblem('output')    // → null
 * await folderProblem('/proc/x')   // → '/proc/x is on the proc file system, which holds no files'
 */
export async function folderProblem(dir: string): Promise<string | null> {
  const existing = await nearestExisting(dir);
  const wanted = path.resolve(dir);
  if (existing.path === wanted && !existing.isDirectory) return `${dir} is not a folder`;
  if (existing.path !== wanted && !existing.isDirectory) return `${dir} cannot be made: ${existing.path} is not a folder`;
  return fileSystemProblem(dir, existing.path);
}

/**
 * Why a path cannot be the warehouse file, or null when it can: a regular
 * file, or a new one in a folder that {@link folderProblem} accepts.
 *
 * @example
 * await warehouseFileProblem('/dev/null') // → '/dev/null is not a regular file (a device)'
 */
export async function warehouseFileProblem(file: string): Promise<string | null> {
  const info = await stat(file).catch(() => null);
  if (info) {
    if (info.isDirectory()) return `${file} is a folder, not a warehouse file`;
    if (!info.isFile()) return `${file} is not a regular file (${info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : info.isFIFO() ? 'a FIFO' : 'a special file'})`;
    return fileSystemProblem(file, file);
  }
  return folderProblem(path.dirname(file));
}

async function fileSystemProblem(target: string, existing: string): Promise<string | null> {
  const real = await realpath(existing).catch(() => existing);
  if (real === '/dev' || (real.startsWith('/dev/') && !real.startsWith('/dev/shm'))) return `${target} is under /dev, which holds devices, not files`;
  const fs = await statfs(real).catch(() => null);
  const name = fs ? SPECIAL_FILE_SYSTEMS.get(Number(fs.type)) : undefined;
  return name ? `${target} is on the ${name} file system, which holds no files` : null;
}

/** The path itself when it exists, else its nearest existing ancestor. */
async function nearestExisting(p: string): Promise<{ path: string; isDirectory: boolean }> {
  let current = path.resolve(p);
  for (;;) {
    const info = await lstat(current).catch(() => null);
    if (info) {
      const followed = info.isSymbolicLink() ? await stat(current).catch(() => null) : info;
      return { path: current, isDirectory: followed?.isDirectory() ?? false };
    }
    const parent = path.dirname(current);
    if (parent === current) return { path: current, isDirectory: true };
    current = parent;
  }
}
