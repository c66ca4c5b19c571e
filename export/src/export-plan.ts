// One export path for the CLI and the VS Code command: lint the text, refuse on errors unless
// forced, build the document model, render the .docx.
import { buildDocument, type DocumentModel } from '../../core/src/document';
import { lintText, type LintOptions } from '../../core/src/lint';
import type { Finding } from '../../core/src/types';
import type { ParsedPlan } from '../../core/src/parse/parse-plan';
import { renderDocx } from './docx';

export interface ExportOutcome {
  /** False when the plan has errors and the export was not forced: no bytes. */
  ok: boolean;
  bytes?: Uint8Array;
  /** Findings of severity "error" (they stop the export unless forced). */
  errors: Finding[];
  plan: ParsedPlan;
  model?: DocumentModel;
  /** Milliseconds spent in lint + model + DOCX rendering. */
  elapsedMs: number;
}

export interface ExportOptions extends LintOptions {
  force?: boolean;
}

export async function exportPlanDocx(text: string, options: ExportOptions = {}): Promise<ExportOutcome> {
  const started = Date.now();
  const { plan, findings } = lintText(text, options);
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0 && !options.force) return { ok: false, errors, plan, elapsedMs: Date.now() - started };
  const model = buildDocument(plan);
  const bytes = await renderDocx(model);
  return { ok: true, bytes, errors, plan, model, elapsedMs: Date.now() - started };
}

/** "12:3: message [rule]" lines (1-based), at most `max`, for a refusal message. */
export function describeErrors(plan: ParsedPlan, errors: readonly Finding[], max = Infinity): string[] {
  return errors.slice(0, max).map((finding) => {
    const { line, character } = plan.lines.positionAt(finding.range.start);
    return `${line + 1}:${character + 1}: ${finding.message} [${finding.ruleId}]`;
  });
}
