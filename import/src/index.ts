// Import of an existing plan from a .docx or .txt file (Node side of issue 8).
export { blocksFromHtml } from './html-blocks';
export {
  importFile, readSource, decodeText, defaultImportTarget, formatOf, ImportInputError, MAX_SOURCE_BYTES,
  type ImportErrorCode, type ImportFileOptions, type ImportFileOutcome, type SourceFormat, type SourceRead,
} from './import-file';
export { importWords } from './messages';
