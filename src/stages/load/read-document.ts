import { createHash } from 'node:crypto';
import { readFileSync, statSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentMeta, SourceDocument } from '../../core/records.ts';
import { makeReject, type Reject } from '../../core/reject-codes.ts';
import { decodeText } from './decode-text.ts';
import { extractHtmlArticle } from './extract-html-article.ts';
import { findDateLine } from './find-date-line.ts';
import { formatOf } from './list-input-files.ts';
import { normalizeText } from './normalize-text.ts';
import { looksLikeMarkdown, stripMarkdown } from './strip-markdown.ts';
import { looksLikeHtml, markupShare } from './sniff-markup.ts';

/**
 * A text more than half of whose visible characters are markup, CSS or
 * script is not a report (a style sheet, a page's raw source that is not a
 * page, a script saved as .txt): its "figures" would be `max-width: 100%`.
 */
const MAX_MARKUP_SHARE = 0.5;

/** Options of the loader, as the pipeline gives them. */
export interface ReadDocumentOptions {
  /** Publication date given by the user; wins over what the file says. */
  readonly published?: string | null;
}

/** A file's bytes and their hash, or why the file could not be read. */
export type SourceBytes =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly contentHash: string }
  | { readonly ok: false; readonly reject: Reject };

/** A loaded document, or the reason it could not be loaded. */
export type ReadResult = { readonly ok: true; readonly document: SourceDocument } | { readonly ok: false; readonly reject: Reject };

/**
 * Reads a file's bytes and hashes them (SHA-256), so an unchanged report can
 * be recognised before it is parsed. A file over `maxBytes` is not read
 * (`FILE_TOO_LARGE`), nor is anything but a regular file (a FIFO would
 * block the read forever).
 *
 * @example
 * await readSourceBytes('raw', '000_730c65573414c71e.txt') // → { ok: true, bytes, contentHash: '9f…' }
 */
export async function readSourceBytes(root: string, relPath: string, maxBytes = Number.POSITIVE_INFINITY): Promise<SourceBytes> {
  try {
    const file = path.join(root, relPath);
    return refusal(relPath, await stat(file), maxBytes) ?? hashed(await readFile(file));
  } catch (error) {
    return unreadable(relPath, error);
  }
}

/**
 * {@link readSourceBytes} on the calling thread: for a worker, whose
 * thread is its own to block.
 *
 * @example
 * readSourceBytesSync('raw', 'a.txt').ok // → true
 */
export function readSourceBytesSync(root: string, relPath: string, maxBytes = Number.POSITIVE_INFINITY): SourceBytes {
  try {
    const file = path.join(root, relPath);
    return refusal(relPath, statSync(file), maxBytes) ?? hashed(readFileSync(file));
  } catch (error) {
    return unreadable(relPath, error);
  }
}

/** Why a file is not read: not a regular file, or over `maxBytes`; null to read it. */
function refusal(relPath: string, info: Stats, maxBytes: number): SourceBytes | null {
  if (!info.isFile()) return { ok: false, reject: makeReject('FILE_UNREADABLE', relPath, 'expected a regular file, got a folder or a special file') };
  if (info.size > maxBytes) {
    return { ok: false, reject: makeReject('FILE_TOO_LARGE', relPath, `expected at most ${maxBytes} bytes (the pipeline's maxFileBytes, or --max-file-size), got ${info.size}; not read`) };
  }
  return null;
}

function hashed(bytes: Uint8Array): SourceBytes {
  return { ok: true, bytes, contentHash: createHash('sha256').update(bytes).digest('hex') };
}

function unreadable(relPath: string, error: unknown): SourceBytes {
  const reason = error instanceof Error ? error.message : String(error);
  return { ok: false, reject: makeReject('FILE_UNREADABLE', relPath, `expected a readable file, got: ${reason}`) };
}

/**
 * Reads one report from disk into a {@link SourceDocument}: decodes it
 * (UTF-8, UTF-16 or a legacy Vietnamese encoding, see {@link decodeText}),
 * extracts the article from HTML and plain text from Markdown, and
 * normalises the text to NFC.
 *
 * @example
 * await readDocument('raw', '000_730c65573414c71e.txt')
 * // → { ok: true, document: { sourcePath: '000_730c65573414c71e.txt', text: 'Tiếp và làm việc…', … } }
 */
export async function readDocument(root: string, relPath: string, options: ReadDocumentOptions = {}): Promise<ReadResult> {
  const source = await readSourceBytes(root, relPath);
  if (!source.ok) return source;
  return buildDocument(relPath, source.bytes, source.contentHash, options);
}

/**
 * A {@link SourceDocument} from a file's bytes and hash.
 *
 * @example
 * buildDocument('a.txt', Buffer.from('GRDP tăng 7%'), 'ab12…').ok // → true
 */
export function buildDocument(relPath: string, bytes: Uint8Array, contentHash: string, options: ReadDocumentOptions = {}): ReadResult {
  const parsed = parseDocumentBytes(relPath, bytes, options);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    document: { sourcePath: relPath, docId: relPath, contentHash, byteSize: bytes.length, text: parsed.text, meta: parsed.meta },
  };
}

/**
 * The pure part of {@link readDocument}: bytes in, text and metadata out.
 *
 * @example
 * parseDocumentBytes('a.md', Buffer.from('# GRDP\n**tăng 7%**'))
 * // → { ok: true, text: 'GRDP\ntăng 7%', meta: { format: 'md', … } }
 */
export function parseDocumentBytes(
  relPath: string,
  bytes: Uint8Array,
  options: ReadDocumentOptions = {},
): { ok: true; text: string; meta: DocumentMeta } | { ok: false; reject: Reject } {
  const declared = formatOf(relPath) ?? 'txt';
  const read = decodeText(bytes);
  if (!read.ok) return { ok: false, reject: makeReject(read.code, relPath, read.message) };
  // a NUL past the sample the binary check reads (or in UTF-16 text) is a stray byte in a text file: it is dropped, and
  // said, since no stage reads it and a PostgreSQL text column cannot hold it
  const nuls = countNuls(read.text);
  const decoded = nuls === 0 ? read : { ...read, text: read.text.replaceAll('\0', '') };
  // the content decides, not the extension: a page saved as .txt is read as the page it is
  const format = declared !== 'html' && looksLikeHtml(decoded.text) ? 'html' : declared;
  const notes: string[] = [
    ...(decoded.encoding === 'utf-8' ? [] : [`converted from ${decoded.encoding.toUpperCase()}`]),
    ...(decoded.repaired === 'double-utf8' ? ['repaired: the text was UTF-8 encoded twice (mojibake such as "Ä‘áº¡t")'] : []),
    ...(decoded.repaired === 'vni-text' ? ['converted: VNI-font text saved as Unicode'] : []),
    ...(format === declared ? [] : [`read as HTML: the .${path.extname(relPath).slice(1) || declared} file holds an HTML page`]),
    ...(nuls === 0 ? [] : [`removed ${nuls} NUL character${nuls === 1 ? '' : 's'} (byte 0) from the text`]),
  ];

  let text: string;
  let title: string | null = null;
  let published: string | null = null;
  let publishedSource: DocumentMeta['publishedSource'] = null;
  let url: string | null = null;
  if (format === 'html') {
    const article = extractHtmlArticle(decoded.text);
    text = normalizeText(article.text);
    title = article.title ? normalizeText(article.title) : null;
    url = article.url;
    if (article.published) [published, publishedSource] = [article.published, 'html-meta'];
  } else {
    // Markdown saved as .txt (republished articles) reads as Markdown too
    const markdown = format === 'md' || looksLikeMarkdown(decoded.text);
    text = normalizeText(markdown ? stripMarkdown(decoded.text) : decoded.text);
    title = text.split('\n').find((l) => l.trim() !== '')?.trim() ?? null;
  }
  text = text.replace(/[ ]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim();
  if (text === '') {
    return { ok: false, reject: makeReject('FILE_NO_TEXT', relPath, `expected article text, got none after reading the ${format.toUpperCase()}`) };
  }
  const markup = markupShare(text);
  if (markup > MAX_MARKUP_SHARE) {
    return {
      ok: false,
      reject: makeReject('FILE_MARKUP', relPath, `expected prose, got text that is ${Math.round(markup * 100)}% markup, CSS or script (more than ${MAX_MARKUP_SHARE * 100}%)`, { text: text.slice(0, 120) }),
    };
  }
  if (!published) {
    const fromText = findDateLine(text);
    if (fromText) [published, publishedSource] = [fromText, 'text'];
  }
  if (options.published) [published, publishedSource] = [options.published, 'option'];
  return { ok: true, text, meta: { title, published, publishedSource, url, format, encoding: decoded.encoding, encodingRepair: decoded.repaired, notes } };
}

function countNuls(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\0'); i >= 0; i = text.indexOf('\0', i + 1)) n++;
  return n;
}
