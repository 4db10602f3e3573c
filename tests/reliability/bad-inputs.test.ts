import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { encodeLegacy, encodeTwice } from '../helpers/encode-legacy.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/solieu.js');
const dir = useTempDir();

/** An invented report: figures of several kinds, every Vietnamese letter shape a legacy encoding must carry. */
const REPORT = [
  'Báo cáo tình hình kinh tế - xã hội tỉnh Quảng Ninh năm 2023',
  'Tổng sản phẩm trên địa bàn (GRDP) năm 2023 ước tăng 7,5% so với năm trước; quy mô nền kinh tế đạt 315.839 tỷ đồng.',
  'Thu ngân sách nhà nước đạt 54.000 tỷ đồng, vượt 8% dự toán; kim ngạch xuất khẩu đạt trên 5,6 tỷ USD.',
  'Toàn tỉnh đón 15,7 triệu lượt khách du lịch, doanh thu ước đạt 37.000 tỷ đồng, tăng gấp 2 lần.',
  'Thu nhập bình quân đầu người đạt 9.500 USD; tỷ lệ hộ nghèo giảm còn 0,3%.',
].join('\n');

const PAGE = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Báo cáo tình hình kinh tế - xã hội tỉnh Quảng Ninh năm 2023</title>
<style>.article{max-width:100%;margin:0 auto}.menu li{width:25%}</style>
<script>var w = 100; function f() { return w * 50; }</script></head>
<body><nav><ul class="menu"><li>Trang chủ</li><li>Kinh tế</li></ul></nav>
<article>${REPORT.split('\n').slice(1).map((l) => `<p>${l}</p>`).join('\n')}</article>
<footer>© 2024 Cổng thông tin điện tử</footer></body></html>`;

interface Stored {
  readonly file: string;
  readonly encoding: string;
  readonly format: string;
  readonly notes: string | null;
  readonly figures: string[];
}

/** Runs `solieu run` as a user would, then reads what the warehouse and rejects.csv hold. */
function run(input: string, output: string, extra: string[] = [], asUser?: number) {
  const command = asUser === undefined ? [process.execPath, BIN] : ['setpriv', `--reuid=${asUser}`, `--regid=${asUser}`, '--clear-groups', process.execPath, BIN];
  const r = spawnSync(command[0]!, [...command.slice(1), 'run', '--input', input, '--output', output, ...extra], { encoding: 'utf8' });
  const db = new Database(path.join(output, 'warehouse.sqlite'), { readonly: true });
  try {
    const versions = db
      .prepare('SELECT v.version_id, d.source_path AS file, v.encoding, v.format, v.load_notes AS notes FROM document_versions v JOIN documents d ON d.doc_id = v.doc_id WHERE v.valid_to IS NULL')
      .all() as Array<{ version_id: number; file: string; encoding: string; format: string; notes: string | null }>;
    const figures = db.prepare('SELECT text, value, unit, period FROM observations WHERE version_id = ? ORDER BY seq');
    const stored = new Map<string, Stored>(
      versions.map((v) => [v.file, { ...v, figures: (figures.all(v.version_id) as object[]).map((f) => JSON.stringify(f)) }]),
    );
    const rejects = new Map<string, string[]>();
    for (const x of db.prepare("SELECT doc_id, code FROM rejects WHERE stage != 'validate' ORDER BY reject_id").all() as Array<{ doc_id: string; code: string }>) {
      rejects.set(x.doc_id, [...(rejects.get(x.doc_id) ?? []), x.code]);
    }
    return { code: r.status, stdout: r.stdout, stderr: r.stderr, stored, rejects };
  } finally {
    db.close();
  }
}

describe('bad input never becomes data', () => {
  it('converts what can be read, with its encoding recorded, rejects the rest with its code, and reads every good file beside them unchanged', () => {
    const raw = path.join(dir.path, 'raw');
    mkdirSync(raw);
    const put = (name: string, content: string | Buffer): void => writeFileSync(path.join(raw, name), content);
    const utf16le = Buffer.from(REPORT, 'utf16le');

    // read as they are, or converted
    put('good.txt', REPORT);
    put('utf8-bom.txt', `\uFEFF${REPORT}`);
    put('crlf.txt', REPORT.replace(/\n/g, '\r\n'));
    put('nfd.txt', REPORT.normalize('NFD'));
    put('utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]));
    put('utf16be-bom.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16le).swap16()]));
    put('utf16le.txt', utf16le);
    put('windows-1258.txt', encodeLegacy(REPORT, 'windows-1258'));
    put('tcvn3.txt', encodeLegacy(REPORT, 'tcvn3'));
    put('vni.txt', encodeLegacy(REPORT, 'vni'));
    put('viscii.txt', encodeLegacy(REPORT, 'viscii'));
    put('double-utf8.txt', encodeTwice(REPORT));
    put('page.txt', PAGE);
    put('page.html', `${PAGE}\n`);
    // trailing blanks keep the copies of one text apart (the loader drops them): a copy would be counted as a duplicate
    put('-báo cáo "quý" 1 \'đặc biệt\'.txt', `${REPORT} `);
    writeFileSync(path.join(dir.path, 'outside.txt'), `${REPORT}  `);
    symlinkSync(path.join(dir.path, 'outside.txt'), path.join(raw, 'linked.txt'));

    // refused, each with its code
    put('empty.txt', '');
    put('binary.txt', Buffer.from([0x47, 0x52, 0x44, 0x50, 0x00, 0x01, 0x02, 0x00, 0xff, 0x10]));
    put('image.txt', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from('IHDR')]));
    put('invalid-utf8.txt', Buffer.concat([Buffer.from(REPORT.slice(0, 200)), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(REPORT.slice(200))]));
    const lines = REPORT.split('\n');
    put('half-mojibake.txt', [encodeTwice(lines[0]!), encodeTwice(lines[1]!), ...lines.slice(2), '€ là đồng tiền chung châu Âu'].join('\n'));
    put('style.txt', '.article { max-width: 100%; margin: 0 auto; }\n.menu li {\n  width: 25%;\n  float: left;\n}\n@media (max-width: 600px) {\n  .menu li { width: 100%; }\n}\n');
    mkdirSync(path.join(raw, 'loop'));
    put('loop/inside.txt', REPORT.replace('7,5%', '7,6%'));
    symlinkSync('..', path.join(raw, 'loop', 'back'));
    symlinkSync(path.join(dir.path, 'nowhere.txt'), path.join(raw, 'broken.txt'));
    const fifo = spawnSync('mkfifo', [path.join(raw, 'fifo.txt')]);
    writeFileSync(path.join(dir.path, 'manifest.csv'), 'file,published\ngood.txt,15/01/2024\ncrlf.txt,2024-13-45\n');
    // 50 MB of real text: over the default limit of 20 MiB
    put('huge.txt', Buffer.alloc(50 * 1024 * 1024, 'GRDP tăng 7,5%. '));

    const r = run(raw, path.join(dir.path, 'out'), ['--manifest', path.join(dir.path, 'manifest.csv')]);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace

    const reference = r.stored.get('good.txt')!;
    expect(reference.figures.length).toBeGreaterThanOrEqual(10);
    const converted: Record<string, string> = {
      'utf8-bom.txt': 'utf-8', 'crlf.txt': 'utf-8', 'nfd.txt': 'utf-8', 'utf16le-bom.txt': 'utf-16le', 'utf16be-bom.txt': 'utf-16be',
      'utf16le.txt': 'utf-16le', 'windows-1258.txt': 'windows-1258', 'tcvn3.txt': 'tcvn3', 'vni.txt': 'vni', 'viscii.txt': 'viscii',
      'double-utf8.txt': 'utf-8', '-báo cáo "quý" 1 \'đặc biệt\'.txt': 'utf-8', 'linked.txt': 'utf-8',
    };
    for (const [file, encoding] of Object.entries(converted)) {
      const s = r.stored.get(file);
      expect(s, file).toBeDefined();
      expect({ file, encoding: s!.encoding, figures: s!.figures }).toEqual({ file, encoding, figures: reference.figures });
    }
    expect(r.stored.get('double-utf8.txt')!.notes).toMatch(/UTF-8 encoded twice|double/i);
    expect(r.stored.get('windows-1258.txt')!.notes).toMatch(/converted from WINDOWS-1258/);
    expect(r.stored.get('utf16le.txt')!.notes).toMatch(/converted from UTF-16LE/);
    // the page saved as .txt reads as the page it is: the figures of its article, none of its style sheet
    const page = r.stored.get('page.txt')!;
    expect(page.format).toBe('html');
    expect(page.notes).toMatch(/read as HTML/);
    expect(page.figures).toEqual(r.stored.get('page.html')!.figures);
    expect(page.figures.some((f) => f.includes('"100%"') || f.includes('"25%"'))).toBe(false);
    expect(r.stdout).toMatch(/note page\.txt: read as HTML/);
    // the folder reached through the loop is read once, under its own path
    expect(r.stored.has('loop/inside.txt')).toBe(true);
    expect([...r.stored.keys()].some((f) => f.startsWith('loop/back/'))).toBe(false);

    const refused: Record<string, string[]> = {
      'empty.txt': ['FILE_EMPTY'], 'binary.txt': ['FILE_BINARY'], 'image.txt': ['FILE_BINARY'], 'invalid-utf8.txt': ['FILE_INVALID_UTF8'],
      'half-mojibake.txt': ['FILE_MOJIBAKE'], 'style.txt': ['FILE_MARKUP'], 'loop/back/': ['FILE_LINK_LOOP'], 'broken.txt': ['FILE_LINK_BROKEN'],
      'huge.txt': ['FILE_TOO_LARGE'], [path.join(dir.path, 'manifest.csv')]: ['MANIFEST_ROW_INVALID'],
      ...(fifo.status === 0 ? { 'fifo.txt': ['FILE_UNREADABLE'] } : {}),
    };
    expect(Object.fromEntries(r.rejects)).toEqual(refused);
    for (const file of Object.keys(refused)) expect(r.stored.has(file), file).toBe(false);
    // nothing is lost: every file is stored or refused, and nothing else is stored
    expect([...r.stored.keys()].sort()).toEqual([...Object.keys(converted), 'good.txt', 'page.txt', 'page.html', 'loop/inside.txt'].sort());
    const csv = readFileSync(path.join(dir.path, 'out', 'rejects.csv'), 'utf8');
    expect(csv).toMatch(/crlf\.txt.*month 13 does not exist/);
  });

  it('rejects a folder it cannot read and reads the rest, run as a user without the right to read it', () => {
    const raw = path.join(dir.path, 'raw');
    const out = path.join(dir.path, 'out');
    mkdirSync(path.join(raw, 'locked'), { recursive: true });
    mkdirSync(out);
    writeFileSync(path.join(raw, 'good.txt'), REPORT);
    writeFileSync(path.join(raw, 'locked', 'secret.txt'), REPORT);
    chmodSync(path.join(raw, 'locked'), 0o000);
    for (const d of [dir.path, raw]) chmodSync(d, 0o755);
    chmodSync(out, 0o777);
    const root = process.getuid?.() === 0;
    // as root every folder is readable: the run is made as "nobody" when the machine allows it
    const asUser = root ? 65534 : undefined;
    if (root && spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(BIN)})`]).status !== 0) {
      console.warn('reliability: cannot run as a user other than root here; the unreadable-folder case is not checked');
      return;
    }
    const r = run(raw, out, [], asUser);
    chmodSync(path.join(raw, 'locked'), 0o755);
    expect(r.code, r.stderr).toBe(3);
    expect(Object.fromEntries(r.rejects)).toEqual({ 'locked/': ['FOLDER_UNREADABLE'] });
    expect([...r.stored.keys()]).toEqual(['good.txt']);
    expect(r.stdout).toMatch(/rejected locked\/: FOLDER_UNREADABLE: expected a readable folder/);
  });
});
