// Turns a core Fix into an LSP WorkspaceEdit. Most fixes edit the plan itself (`changes`); a fix that also writes
// another file (adding a document to the commune registry) becomes `documentChanges`, with a CreateFile first when
// that file does not exist yet. Edits in another file are positioned against the text the core computed them on.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientCapabilities, TextDocumentEdit, CreateFile, WorkspaceEdit } from 'vscode-languageserver/node';
import { LineIndex, type Fix, type Workspace } from '../../core/src';
import { pathToUri } from './workspace';

export interface EditSupport {
  documentChanges: boolean;
  create: boolean;
}

/** What the client can apply, set once from initialize. */
export const clientEditSupport: EditSupport = { documentChanges: false, create: false };

export function setEditSupport(capabilities: ClientCapabilities): void {
  const workspaceEdit = capabilities.workspace?.workspaceEdit;
  clientEditSupport.documentChanges = !!workspaceEdit?.documentChanges;
  clientEditSupport.create = !!workspaceEdit?.resourceOperations?.includes('create');
}

/** The WorkspaceEdit of a fix, or undefined when the client cannot apply it (e.g. it cannot create files). */
export function toWorkspaceEdit(document: TextDocument, lines: LineIndex, fix: Fix, workspace: Workspace | undefined, support: EditSupport): WorkspaceEdit | undefined {
  const own = fix.edits.filter((edit) => !edit.file);
  const other = fix.edits.filter((edit) => edit.file);
  const ownEdits = own.map((edit) => ({ range: lines.rangeOf(edit.range), newText: edit.newText }));
  if (other.length === 0) return { changes: { [document.uri]: ownEdits } };

  const byFile = new Map<string, typeof other>();
  for (const edit of other) byFile.set(edit.file!, [...(byFile.get(edit.file!) ?? []), edit]);
  const creating = [...byFile.values()].some((edits) => edits.some((edit) => edit.create));
  if (creating && !(support.documentChanges && support.create)) return undefined;
  if (!support.documentChanges) {
    // Plain `changes` can edit an existing file.
    const changes: WorkspaceEdit['changes'] = {};
    if (ownEdits.length > 0) changes[document.uri] = ownEdits;
    for (const [file, edits] of byFile) {
      const text = workspace?.registryFile(file)?.text;
      if (text === undefined) return undefined;
      const fileLines = new LineIndex(text);
      changes[pathToUri(file)] = edits.map((edit) => ({ range: fileLines.rangeOf(edit.range), newText: edit.newText }));
    }
    return { changes };
  }
  const documentChanges: (TextDocumentEdit | CreateFile)[] = [];
  if (ownEdits.length > 0) documentChanges.push({ textDocument: { uri: document.uri, version: document.version }, edits: ownEdits });
  for (const [file, edits] of byFile) {
    const uri = pathToUri(file);
    if (edits.some((edit) => edit.create)) {
      documentChanges.push({ kind: 'create', uri, options: { ignoreIfExists: true } });
      documentChanges.push({ textDocument: { uri, version: null }, edits: edits.map((edit) => ({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: edit.newText })) });
      continue;
    }
    const text = workspace?.registryFile(file)?.text;
    if (text === undefined) return undefined;
    const fileLines = new LineIndex(text);
    documentChanges.push({ textDocument: { uri, version: null }, edits: edits.map((edit) => ({ range: fileLines.rangeOf(edit.range), newText: edit.newText })) });
  }
  return { documentChanges };
}
