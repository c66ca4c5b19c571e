import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Language, LintResult, Registry } from '../../core/src';

/** What a feature module needs from the server; features register their handlers with it. */
export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  registry: Registry;
  language(): Language;
  /** The lint result for the document's current version (cached per version and language). */
  lintDocument(document: TextDocument): LintResult;
  /** Runs a request handler; a failure is logged and answered with `fallback`, the server keeps serving. */
  guarded<T>(name: string, fallback: T, run: () => T): T;
}

export type Feature = (context: ServerContext) => void;
