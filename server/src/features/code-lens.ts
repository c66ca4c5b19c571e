// A summary of the task appendix above `nhiem_vu:`: tasks per lead unit, and tasks per quarter.
import type { CodeLens } from 'vscode-languageserver/node';
import { taskSummaryLenses } from '../../../core/src';
import type { Feature } from '../context';

export const codeLensFeature: Feature = ({ connection, documents, lintDocument, language, guarded }) => {
  connection.onCodeLens((params) =>
    guarded<CodeLens[]>('code lens', [], () => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      const plan = lintDocument(document).plan;
      // A lens without a command id is shown as plain text.
      return taskSummaryLenses(plan, language()).map((lens) => ({ range: plan.lines.rangeOf(lens.range), command: { title: lens.title, command: '' } }));
    }),
  );
};
