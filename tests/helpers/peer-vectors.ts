import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { HAS_PEERS, PEERS } from './shared-corpus.ts';

/** One case of a peer file: the source's input and its expected output. */
export interface PeerCase {
  readonly text: string;
  readonly expected: Readonly<Record<string, unknown>>;
  readonly source_line?: number;
  readonly source_file?: string;
  readonly api?: string;
  readonly input_type?: string;
  readonly config?: string;
}

/** A peer file of ../shared/peers: where its cases come from, under which licence. */
export interface PeerFile {
  readonly source: string;
  readonly license: string;
  readonly cases: readonly PeerCase[];
}

/** Which side of a NeMo case is checked: its spoken input or its written output; `all` for the whole case. */
export type PeerPart = 'all' | 'spoken' | 'written';

/** A case judged out of scope in tests/peers/OUT-OF-SCOPE.md. */
export interface OutOfScope {
  readonly file: string;
  readonly caseId: string;
  readonly part: PeerPart;
  readonly text: string;
  readonly reason: string;
}

/** A case with the id and name the tests give it. */
export interface NamedCase {
  readonly id: string;
  /** Test name: the input, its expected output and where the source states it. */
  readonly name: string;
  readonly case: PeerCase;
}

/** The out-of-scope list: the single source of truth for which peer cases are skipped. */
export const OUT_OF_SCOPE_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../peers/OUT-OF-SCOPE.md');

/**
 * Reads a peer file from ../shared/peers, or null when the folder is absent
 * (a user's fresh clone): the tests then skip, saying so.
 *
 * @example
 * loadPeerFile('duckling-numeral-vi.json')?.cases.length // → 53
 */
export function loadPeerFile(name: string): PeerFile | null {
  const file = path.join(PEERS, name);
  if (!HAS_PEERS || !existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as PeerFile;
}

/**
 * The id of a case as the out-of-scope list names it: `source_file:line`
 * when the source spans several files, the source line, or `#n` (1-based
 * position) for README examples that have no line.
 *
 * @example
 * caseId({ text: 'muoi', expected: {}, source_file: 'tests/test_words_to_number.py', source_line: 30 }, 14) // → 'tests/test_words_to_number.py:30'
 */
export function caseId(c: PeerCase, index: number): string {
  if (c.source_line === undefined) return `#${index + 1}`;
  return c.source_file ? `${c.source_file}:${c.source_line}` : String(c.source_line);
}

/**
 * Parses OUT-OF-SCOPE.md: a `## <peer file>` heading per file, then a
 * table `| case | part | text | reason |` whose text is a JSON string in
 * backticks.
 *
 * @example
 * parseOutOfScope('## a.json\n| case | part | text | reason |\n|---|---|---|---|\n| 26 | all | `"không"` | "không" is "not" |')
 * // → [{ file: 'a.json', caseId: '26', part: 'all', text: 'không', reason: '"không" is "not"' }]
 */
export function parseOutOfScope(markdown: string): OutOfScope[] {
  const out: OutOfScope[] = [];
  let file: string | null = null;
  for (const line of markdown.split('\n')) {
    const heading = /^##\s+(\S+\.json)\s*$/.exec(line);
    if (heading) {
      file = heading[1]!;
      continue;
    }
    const row = /^\|\s*([^|`]+?)\s*\|\s*(all|spoken|written)\s*\|\s*`(.*)`\s*\|\s*(.+?)\s*\|\s*$/.exec(line);
    if (!row || file === null) continue;
    out.push({ file, caseId: row[1]!, part: row[2] as PeerPart, text: JSON.parse(row[3]!) as string, reason: row[4]! });
  }
  return out;
}

let cachedList: OutOfScope[] | null = null;

/** The out-of-scope entries of one peer file. */
export function outOfScopeOf(file: string): OutOfScope[] {
  cachedList ??= parseOutOfScope(readFileSync(OUT_OF_SCOPE_FILE, 'utf8'));
  return cachedList.filter((e) => e.file === file);
}

/**
 * A peer file's cases for one check (`part`), split into those the tests run
 * and those OUT-OF-SCOPE.md skips (with the reason in the test name).
 *
 * @example
 * const { run, skip } = peerCases(loadPeerFile('duckling-numeral-vi.json'), 'duckling-numeral-vi.json', 'all', (c) => String(c.expected['value']))
 */
export function peerCases(
  peer: PeerFile | null,
  file: string,
  part: PeerPart,
  describeExpected: (c: PeerCase) => string,
): { run: NamedCase[]; skip: NamedCase[] } {
  const run: NamedCase[] = [];
  const skip: NamedCase[] = [];
  if (peer === null) return { run, skip };
  const list = outOfScopeOf(file);
  peer.cases.forEach((c, i) => {
    const id = caseId(c, i);
    const where = /^#/.test(id) ? `example ${id}` : /:/.test(id) ? id : `line ${id}`;
    const entry = list.find((e) => e.caseId === id && e.text === c.text && (e.part === 'all' || e.part === part));
    const name = `${JSON.stringify(c.text)} → ${describeExpected(c)} (${where})`;
    if (entry) skip.push({ id, name: `${name}: out of scope, ${entry.reason}`, case: c });
    else run.push({ id, name, case: c });
  });
  return { run, skip };
}

/**
 * A `describe` block for one peer file, titled with its source and licence;
 * when ../shared/peers is absent it holds one skipped test that says so.
 *
 * @example
 * describePeerFile('duckling-numeral-vi.json', (peer) => { it.each(…) })
 */
export function describePeerFile(file: string, body: (peer: PeerFile) => void): void {
  const peer = loadPeerFile(file);
  if (peer === null) {
    describe(file, () => {
      it.skip(`${PEERS} not found: the peer vectors of ${file} are skipped`, () => {});
    });
    return;
  }
  describe(`${file}: ${peer.source} (licence: ${peer.license})`, () => body(peer));
}

/**
 * Runs `check` on every case of `run` and lists every case of `skip` as a
 * skipped test whose name gives the reason.
 *
 * @example
 * eachPeerCase(peerCases(peer, file, 'all', show), (c) => expect(…))
 */
export function eachPeerCase(cases: { run: readonly NamedCase[]; skip: readonly NamedCase[] }, check: (c: PeerCase) => void): void {
  if (cases.run.length > 0) it.each(cases.run.map((c) => [c.name, c.case] as const))('%s', (_, c) => check(c));
  if (cases.skip.length > 0) it.skip.each(cases.skip.map((c) => [c.name] as const))('%s', () => {});
}
