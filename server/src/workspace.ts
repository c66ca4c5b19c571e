// The workspaces the server knows: for each folder that holds a commune registry (.kehoach/van-ban.yaml), or else
// each workspace folder from initialize, the registry files and every *.plan.yaml below it, read from disk (data
// only: nothing is executed, which keeps untrusted workspaces safe), with the open editors' texts in place of the
// saved ones. Reloaded when watched files change or a plan is saved; the registry file is also re-read when its
// modification time changes, for clients that do not watch files.
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocuments, WorkspaceFolder } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Workspace, WorkspaceSource } from '../../core/src';
import { findRegistryRoot, loadWorkspace, registryPathOf } from '../../cli/src/workspace-files';

interface RootState {
  root: string;
  base?: Workspace;
  registryMtime?: number;
  dirty: boolean;
  generation: number;
  overlayKey?: string;
  overlay?: Workspace;
}

export interface DocumentWorkspace {
  workspace: Workspace;
  root: string;
  /** Changes whenever the workspace seen by the document changes (disk or other open plans). */
  key: string;
  /** The document's path, as the workspace names it. */
  path: string;
}

export function isPlanUri(uri: string): boolean {
  return /\.plan\.ya?ml$/i.test(uri);
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).href;
}

export class WorkspaceIndex {
  private folders: string[] = [];
  private readonly roots = new Map<string, RootState>();
  /** Called when a root is (re)loaded from disk, to publish its registry problems. */
  onLoaded?: (workspace: Workspace) => void;

  constructor(private readonly documents: TextDocuments<TextDocument>) {}

  setFolders(folders: readonly WorkspaceFolder[] | null | undefined, rootUri?: string | null): void {
    const uris = folders?.map((folder) => folder.uri) ?? (rootUri ? [rootUri] : []);
    this.folders = uris.map(uriToPath).filter((p): p is string => !!p);
    this.invalidateAll();
  }

  addFolders(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((folder) => uriToPath(folder.uri)));
    this.folders = [...this.folders.filter((folder) => !gone.has(folder)), ...added.map((folder) => uriToPath(folder.uri)).filter((p): p is string => !!p)];
    this.invalidateAll();
  }

  /** The folder whose registry and plans a plan file belongs to. */
  rootOf(file: string): string | undefined {
    const dir = path.dirname(file);
    const withRegistry = findRegistryRoot(dir);
    const folder = this.folders.filter((f) => isInside(file, f)).sort((a, b) => b.length - a.length)[0];
    if (withRegistry && (!folder || isInside(withRegistry, folder) || isInside(folder, withRegistry))) return withRegistry;
    return folder ?? withRegistry;
  }

  /** A file changed on disk (a plan or a registry): reload the workspaces that contain it. */
  fileChanged(file: string): void {
    for (const state of this.roots.values()) {
      if (isInside(file, state.root)) state.dirty = true;
    }
    // A registry created or deleted can move a plan to another root.
    if (file.endsWith(path.join('.kehoach', 'van-ban.yaml'))) this.invalidateAll();
  }

  invalidateAll(): void {
    for (const state of this.roots.values()) state.dirty = true;
  }

  /** The workspace of an open document (undefined for an untitled document or one outside any workspace). */
  workspaceFor(document: TextDocument): DocumentWorkspace | undefined {
    const file = uriToPath(document.uri);
    if (!file) return undefined;
    const root = this.rootOf(file);
    if (!root) return undefined;
    let state = this.roots.get(root);
    if (!state) this.roots.set(root, (state = { root, dirty: true, generation: 0 }));
    const registryMtime = mtimeOf(registryPathOf(root));
    if (state.dirty || !state.base || registryMtime !== state.registryMtime) {
      state.base = loadWorkspace({ root }).workspace;
      state.registryMtime = registryMtime;
      state.dirty = false;
      state.generation++;
      state.overlayKey = undefined;
      this.onLoaded?.(state.base);
    }
    const open: WorkspaceSource[] = [];
    const keys: string[] = [];
    for (const doc of this.documents.all()) {
      const docPath = uriToPath(doc.uri);
      if (!docPath || !isPlanUri(doc.uri) || !isInside(docPath, root)) continue;
      open.push({ uri: docPath, text: doc.getText() });
      keys.push(`${doc.uri}@${doc.version}`);
    }
    const overlayKey = `${state.generation}|${keys.sort().join(',')}`;
    if (state.overlayKey !== overlayKey || !state.overlay) {
      state.overlay = state.base.withPlans(open);
      state.overlayKey = overlayKey;
    }
    return { workspace: state.overlay, root, key: `${root}|${overlayKey}`, path: file };
  }

  /** Open plan documents in the same workspace root as `file`. */
  openPlansNear(file: string): TextDocument[] {
    const root = this.rootOf(file);
    if (!root) return [];
    return this.documents.all().filter((doc) => {
      const docPath = uriToPath(doc.uri);
      return !!docPath && isPlanUri(doc.uri) && docPath !== file && isInside(docPath, root);
    });
  }
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function mtimeOf(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}
