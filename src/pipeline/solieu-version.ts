import { readFileSync } from 'node:fs';

/** The version of solieu, from its package.json; stored with every run and document version. */
export const SOLIEU_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
