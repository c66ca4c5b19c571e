// Reads a workspace from disk for the core (used by the CLI, the language server and the tests): the commune
// registry .kehoach/van-ban.yaml of the nearest folder that has one, files given with --registry, and every
// *.plan.yaml below that folder. Only reads text; nothing found in a workspace is ever executed.
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Workspace, type WorkspaceSource } from '../../core/src';

export const REGISTRY_DIR = '.kehoach';
export const REGISTRY_FILE = 'van-ban.yaml';
/** Plans larger than this are not read as workspace documents (a plan is a few tens of kB). */
const MAX_PLAN_BYTES = 2 * 1024 * 1024;
const MAX_PLANS = 5000;
const MAX_DEPTH = 12;

export function registryPathOf(root: string): string {
  return path.join(root, REGISTRY_DIR, REGISTRY_FILE);
}

/** The nearest folder at or above `start` that has .kehoach/van-ban.yaml. */
export function findRegistryRoot(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(registryPathOf(dir))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Every *.plan.yaml / *.plan.yml below `root` (no node_modules, hidden folders or symbolic links), sorted. */
export function listPlanFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > MAX_DEPTH || found.length >= MAX_PLANS) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, depth + 1);
      else if (entry.isFile() && /\.plan\.ya?ml$/.test(entry.name)) found.push(full);
    }
  };
  walk(path.resolve(root), 0);
  return found;
}

export interface Unreadable {
  file: string;
  error: string;
}

/** A file's text, or why it could not be read (too large, a folder, no permission). */
export function readText(file: string, maxBytes = MAX_PLAN_BYTES): { text?: string; error?: string } {
  try {
    const info = lstatSync(file);
    if (info.isSymbolicLink() && !statSync(file).isFile()) return { error: 'not a file' };
    if (info.isDirectory()) return { error: 'EISDIR' };
    if (statSync(file).size > maxBytes) return { error: 'file too large' };
    return { text: readFileSync(file, 'utf8') };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
}

export interface WorkspaceOnDisk {
  workspace: Workspace;
  /** The folder with .kehoach/van-ban.yaml, if any. */
  root?: string;
  unreadable: Unreadable[];
}

/**
 * The workspace of the plans in `planFiles`: the registry and plans of the nearest folder with a commune registry
 * (when `root` is not given), the plan files themselves, and `extraRegistries`. With `plans: false` only the
 * registry files are read (the CLI's main thread, when worker threads read and check the plans).
 */
export function loadWorkspace(options: { root?: string; planFiles?: string[]; extraRegistries?: string[]; texts?: Map<string, string>; plans?: boolean }): WorkspaceOnDisk {
  const unreadable: Unreadable[] = [];
  const root = options.root ?? (options.planFiles?.[0] ? findRegistryRoot(path.dirname(options.planFiles[0])) : undefined);
  const registryFiles: WorkspaceSource[] = [];
  const addRegistry = (file: string) => {
    const { text, error } = readText(file);
    if (text !== undefined) registryFiles.push({ uri: file, text });
    else unreadable.push({ file, error: error ?? '?' });
  };
  const registryPath = root ? registryPathOf(root) : undefined;
  if (registryPath && existsSync(registryPath)) addRegistry(registryPath);
  for (const file of options.extraRegistries ?? []) addRegistry(path.resolve(file));

  const planPaths =
    options.plans === false ? new Set<string>() : new Set<string>([...(root ? listPlanFiles(root) : []), ...(options.planFiles ?? []).map((file) => path.resolve(file))]);
  const plans: WorkspaceSource[] = [];
  for (const file of planPaths) {
    const given = options.texts?.get(file);
    if (given !== undefined) {
      plans.push({ uri: file, text: given });
      continue;
    }
    const { text } = readText(file);
    if (text !== undefined) plans.push({ uri: file, text });
  }
  return { workspace: new Workspace({ registryFiles, plans, registryTarget: registryPath }), root, unreadable };
}
