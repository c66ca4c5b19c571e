// Checking many plans on several cores: worker threads running the same bundled CLI (dist/cli.js), each checking a
// share of the files against the same workspaces, with the results put back in file order. The output is the same
// as the one of a single thread.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Finding, LineIndex, Severity } from '../../core/src';

/** A finding with its position as printed (1-based lines and columns). */
export interface PlainFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixable: boolean;
}

export interface PlainReport {
  index: number;
  file: string;
  findings: PlainFinding[];
  /** Rules that failed, as printed on stderr. */
  failures: string[];
  /** Set when the file could not be read (the message printed on stderr). */
  unreadable?: string;
}

export interface LintJob {
  index: number;
  file: string;
  severities: Record<string, Severity | 'off'>;
}

/** What a worker needs: its files, and everything that shapes the workspaces (all the files, as the main thread saw them). */
export interface WorkerData {
  kehoachLintWorker: true;
  jobs: LintJob[];
  allFiles: string[];
  registry: string[];
  lang: 'vi' | 'en';
  maxSize: number;
}

export function plainFindings(findings: readonly Finding[], lines: LineIndex): PlainFinding[] {
  return findings.map((finding) => {
    const range = lines.rangeOf(finding.range);
    return {
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      line: range.start.line + 1,
      column: range.start.character + 1,
      endLine: range.end.line + 1,
      endColumn: range.end.character + 1,
      fixable: (finding.fixes?.length ?? 0) > 0,
    };
  });
}

/** Plans per worker below which starting workers costs more than it saves. */
const MIN_FILES_PER_WORKER = 16;

/** Fewer cores than this: the plans are checked in the main thread. */
const MIN_CORES_FOR_WORKERS = 4;

/** How many workers to use for `files` files (0: check in this thread). */
export function workerCount(files: number): number {
  // KEHOACH_LINT_WORKERS sets the number (0 or 1: this thread only).
  const forced = Number(process.env.KEHOACH_LINT_WORKERS);
  if (process.env.KEHOACH_LINT_WORKERS && Number.isInteger(forced) && forced >= 0) return forced >= 2 ? forced : 0;
  // Every worker reads and parses every plan of the workspace (each plan is a document the others may cite), so
  // workers only pay where the checks outweigh that: on 2 cores one thread is faster (1,000 plans: 7.3 s against
  // 9.4 s with two workers). They start from 4 cores, one core left to the main thread.
  const cores = Math.min(availableParallelism(), 8);
  if (cores < MIN_CORES_FOR_WORKERS) return 0;
  const count = Math.min(cores - 1, Math.floor(files / MIN_FILES_PER_WORKER));
  return count >= 2 ? count : 0;
}

/** Runs the jobs in `count` workers started from `script` (this CLI's own file); resolves with every report, in order. */
export function lintInWorkers(script: string, count: number, jobs: LintJob[], shared: Omit<WorkerData, 'jobs' | 'kehoachLintWorker'>): Promise<PlainReport[]> {
  // Interleaved shares: neighbouring files (often of similar size) go to different workers.
  const shares: LintJob[][] = Array.from({ length: count }, () => []);
  jobs.forEach((job, i) => shares[i % count].push(job));
  return Promise.all(
    shares.map(
      (share) =>
        new Promise<PlainReport[]>((resolve, reject) => {
          const data: WorkerData = { kehoachLintWorker: true, jobs: share, ...shared };
          // A larger young generation: checking allocates much short-lived data, fewer collections promote less of it.
          const worker = new Worker(script, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
          let reports: PlainReport[] | undefined;
          worker.once('message', (message: PlainReport[]) => (reports = message));
          worker.once('error', reject);
          worker.once('exit', (code) => (reports ? resolve(reports) : reject(new Error(`lint worker exited with code ${code}`))));
        }),
    ),
  ).then((parts) => parts.flat().sort((a, b) => a.index - b.index));
}
