import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderProblem, warehouseFileProblem } from '../../src/pipeline/check-paths.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const dir = useTempDir();

describe('folderProblem', () => {
  it('accepts a folder, or a new one under folders', async () => {
    expect(await folderProblem(dir.path)).toBeNull();
    expect(await folderProblem(path.join(dir.path, 'a', 'b', 'c'))).toBeNull();
  });

  it('refuses a file, a path through a file, /proc, /sys and /dev', async () => {
    const file = path.join(dir.path, 'f.txt');
    writeFileSync(file, 'x');
    expect(await folderProblem(file)).toBe(`${file} is not a folder`);
    expect(await folderProblem(path.join(file, 'out'))).toMatch(/cannot be made: .*f\.txt is not a folder/);
    expect(await folderProblem('/proc/solieu-out')).toMatch(/proc file system/);
    expect(await folderProblem('/sys/solieu-out')).toMatch(/sysfs file system/);
    expect(await folderProblem('/dev/solieu-out')).toMatch(/under \/dev/);
  });
});

describe('warehouseFileProblem', () => {
  it('accepts a file or a new one in a folder, refuses a device, a folder and a file on /proc', async () => {
    mkdirSync(path.join(dir.path, 'w'));
    expect(await warehouseFileProblem(path.join(dir.path, 'w', 'warehouse.sqlite'))).toBeNull();
    expect(await warehouseFileProblem('/dev/null')).toBe('/dev/null is not a regular file (a device)');
    expect(await warehouseFileProblem(path.join(dir.path, 'w'))).toMatch(/is a folder/);
    expect(await warehouseFileProblem('/proc/sub/x.sqlite')).toMatch(/proc file system/);
  });
});
