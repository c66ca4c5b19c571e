// Reading a source file for the importer (Node side): a .docx through mammoth (text, emphasis and
// tables as HTML), a .txt as its lines (UTF-8, UTF-16 with a BOM, or Windows-1258). Bad input gives an
// ImportInputError with a message naming the file, never a crash.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import mammoth from 'mammoth';
import { importPlan, blocksFromText, type ImportResult, type SourceBlock } from '../../core/src/import';
import { t } from '../../core/src/i18n/messages';
import type { Language } from '../../core/src/types';
import { blocksFromHtml } from './html-blocks';
import { importWords } from './messages';

/** Larger sources are refused (a plan is a few hundred KB; a .docx with pictures a few MB). */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;
/** The HTML mammoth makes of a .docx is refused above this (a zip that unpacks to gigabytes). */
const MAX_HTML_CHARS = 50 * 1024 * 1024;

export type ImportErrorCode = 'unreadable' | 'folder' | 'too-large' | 'empty' | 'binary' | 'corrupt' | 'legacy-word' | 'unsupported' | 'not-a-plan';

export class ImportInputError extends Error {
  constructor(readonly code: ImportErrorCode, message: string) {
    super(message);
  }
}

export type SourceFormat = 'docx' | 'txt';

export interface SourceRead {
  format: SourceFormat;
  blocks: SourceBlock[];
  /** Said about the reading (e.g. the text was not UTF-8). */
  warnings: string[];
}

export interface ImportFileOptions {
  lang?: Language;
}

export interface ImportFileOutcome extends SourceRead {
  result: ImportResult;
  /** Milliseconds spent reading and importing. */
  elapsedMs: number;
}

/** "plans/ke-hoach-2025.docx" → "plans/ke-hoach-2025.plan.yaml". */
export function defaultImportTarget(source: string): string {
  const base = path.basename(source).replace(/\.(docx|txt|text)$/i, '');
  return path.join(path.dirname(source), `${base}.plan.yaml`);
}

export function formatOf(file: string, head: Uint8Array): SourceFormat | 'legacy-word' | undefined {
  const zip = head[0] === 0x50 && head[1] === 0x4b;
  const ole = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
  const ext = path.extname(file).toLowerCase();
  if (ole || ext === '.doc') return 'legacy-word';
  if (ext === '.docx' || (zip && ext !== '.txt')) return 'docx';
  if (ext === '.txt' || ext === '.text' || ext === '') return 'txt';
  return undefined;
}

export async function readSource(file: string, lang: Language = 'vi'): Promise<SourceRead> {
  const words = importWords(lang);
  const info = await fs.stat(file).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) throw new ImportInputError('unreadable', words.unreadable(file, info.code ?? info.message));
  if (info.isDirectory()) throw new ImportInputError('folder', words.notFile(file));
  if (info.size > MAX_SOURCE_BYTES) throw new ImportInputError('too-large', words.tooLarge(file, info.size, MAX_SOURCE_BYTES));
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    throw new ImportInputError('unreadable', words.unreadable(file, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
  }
  if (bytes.length === 0) throw new ImportInputError('empty', words.empty(file));
  const format = formatOf(file, bytes.subarray(0, 8));
  if (format === 'legacy-word') throw new ImportInputError('legacy-word', words.legacyWord(file));
  if (!format) throw new ImportInputError('unsupported', words.unsupported(file));

  if (format === 'docx') {
    let html: string;
    try {
      const converted = await mammoth.convertToHtml({ buffer: bytes }, { ignoreEmptyParagraphs: true });
      html = converted.value;
    } catch (error) {
      throw new ImportInputError('corrupt', words.corrupt(file, firstLine((error as Error)?.message ?? String(error))));
    }
    if (html.length > MAX_HTML_CHARS) throw new ImportInputError('too-large', words.tooLarge(file, html.length, MAX_HTML_CHARS));
    const blocks = blocksFromHtml(html);
    if (!blocks.some(hasText)) throw new ImportInputError('empty', words.empty(file));
    return { format, blocks, warnings: [] };
  }

  const { text, encoding } = decodeText(bytes);
  if (text === undefined) throw new ImportInputError('binary', words.binary(file));
  const blocks = blocksFromText(text);
  if (blocks.length === 0) throw new ImportInputError('empty', words.empty(file));
  return { format, blocks, warnings: encoding === 'utf-8' ? [] : [words.decodedAs(file, encoding)] };
}

/** Reads and imports a source; refuses a file that does not look like a plan. */
export async function importFile(file: string, options: ImportFileOptions = {}): Promise<ImportFileOutcome> {
  const lang = options.lang ?? 'vi';
  const started = Date.now();
  const read = await readSource(file, lang);
  const result = importPlan(read.blocks, { lang, sourceName: path.basename(file) });
  if (!result.recognised) throw new ImportInputError('not-a-plan', importWords(lang).notAPlan(file, t(lang, 'import.notAPlan')));
  return { ...read, result, elapsedMs: Date.now() - started };
}

function hasText(block: SourceBlock): boolean {
  return block.kind === 'paragraph' ? block.text.trim() !== '' : block.rows.some((row) => row.some((cell) => cell.trim() !== ''));
}

function firstLine(text: string): string {
  return text.split('\n')[0].slice(0, 200);
}

/** UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1258 (Vietnamese); undefined for binary data. */
export function decodeText(bytes: Uint8Array): { text?: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const byte of sample) if (byte === 0 || (byte < 0x09) || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) controls++;
  if (controls > sample.length / 100) return { encoding: 'binary' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    for (const encoding of ['windows-1258', 'windows-1252']) {
      try {
        return { text: new TextDecoder(encoding).decode(bytes), encoding };
      } catch {
        // This Node has no such decoder; try the next.
      }
    }
    return { text: new TextDecoder('latin1').decode(bytes), encoding: 'latin1' };
  }
}
