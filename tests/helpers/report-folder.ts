import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A folder of reports to run over (`raw<suffix>/` under `root`, holding
 * `files` by name), with the output folder and warehouse file a run writes
 * beside it (`out<suffix>/`).
 *
 * @example
 * const { input, output, db } = reportFolder(dir.path, { 'a.txt': 'GRDP tăng 7%' });
 */
export function reportFolder(root: string, files: Readonly<Record<string, string>>, suffix = ''): { input: string; output: string; db: string } {
  const input = path.join(root, `raw${suffix}`);
  const output = path.join(root, `out${suffix}`);
  mkdirSync(input, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(input, name), text);
  return { input, output, db: path.join(output, 'warehouse.sqlite') };
}
