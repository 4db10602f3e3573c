// `npm run build` (run by `npm ci` and `npm install` as `prepare`): compiles
// src/ and pipelines/ to JavaScript in dist/, so `solieu` starts without
// compiling TypeScript, and copies what the compiled modules read beside
// them: the taxonomy and export data, and a package.json with the version.
// bin/solieu.js runs dist/ while it is newer than every source file, and the
// TypeScript sources through tsx otherwise.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
for (const data of ['src/taxonomy/data', 'src/export/data']) cpSync(path.join(root, data), path.join(dist, data), { recursive: true });
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
mkdirSync(dist, { recursive: true });
writeFileSync(path.join(dist, 'package.json'), `${JSON.stringify({ name: 'solieu-dist', private: true, type: 'module', version }, null, 2)}\n`);
// written last: dist/ counts as built only once all of it is there
writeFileSync(path.join(dist, '.built'), `${new Date().toISOString()}\n`);
