// Import of an existing plan (issue 8): blocks of a source document → a plan file. Pure: the Node side
// reads .txt and .docx into blocks (import/src), the core recognises the structure and writes the YAML.
import { t } from '../i18n/messages';
import { normalizeBlocks } from './normalize';
import { describeAt, Recogniser } from './recognise';
import { blocksFromText } from './text-input';
import type { ImportOptions, ImportResult, SourceBlock } from './types';
import { writeYaml } from './yaml-writer';

export type { ImportNote, ImportOptions, ImportResult, ParagraphBlock, SourceBlock, SourceLocation, TableBlock, UnplacedText } from './types';
export { blocksFromText } from './text-input';
export { describeAt } from './recognise';
export { cellLines, columnKey, decodeEntities } from './appendix';

export function importPlan(blocks: readonly SourceBlock[], options: ImportOptions = {}): ImportResult {
  const lang = options.lang ?? 'vi';
  const recognised = new Recogniser(normalizeBlocks(blocks), lang).run();
  const header = [t(lang, 'import.header', { source: options.sourceName ?? (lang === 'vi' ? 'văn bản nguồn' : 'the source') })];
  const text = writeYaml(recognised.data, recognised.comments, header);
  return {
    text,
    data: recognised.data,
    unplaced: recognised.unplaced,
    notes: recognised.notes,
    recognised: recognised.recognised,
  };
}

/** A plain-text plan (as the shared seeds are). */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  return importPlan(blocksFromText(text), options);
}

/** "dòng 12: …" lines of the notes, for a terminal or an output channel. */
export function describeNotes(result: ImportResult, lang: ImportOptions['lang'] = 'vi'): string[] {
  return result.notes.map((note) => {
    const where = describeAt(note.at, lang ?? 'vi');
    return where ? `${where}: ${note.message}` : note.message;
  });
}
