// Task times over the real server: completion of thoi_gian, the new diagnostics on a seed, and the quick
// fix that moves the time out of the description, applied like an editor would.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionKind,
  CodeActionRequest,
  CompletionRequest,
  DiagnosticSeverity,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { parseDocument } from 'yaml';
import { applyEdits, freshUri, lineIndexOf, LspClient, messageOf, positionOf, readExample, SEED_000, SEED_002, wholeRange } from '../support/lsp-client';

function items(result: CompletionItem[] | CompletionList | null): CompletionItem[] {
  if (!result) return [];
  return Array.isArray(result) ? result : result.items;
}

describe('task times in the editor', { timeout: 60_000 }, () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client?.stop();
  });

  it('completes thoi_gian with the quarters and months of the plan period and "Thường xuyên"', async () => {
    const text = readExample(SEED_002).replace('    thoi_gian: Quý IV năm 2025\n  # original', '    thoi_gian: \n  # original');
    const line = lineIndexOf(text, '    thoi_gian:');
    const uri = freshUri('complete-time.plan.yaml');
    await client.openAndWait(uri, text);
    const cursor = { line, character: '    thoi_gian: '.length };
    const offered = items(await client.request(CompletionRequest.type, { textDocument: { uri }, position: cursor }));
    const labels = offered.map((item) => item.label);
    for (const label of ['Thường xuyên', 'Hằng quý', '6 tháng cuối năm 2025', 'Quý III/2025', 'Quý IV/2025', 'Tháng 7/2025', 'Tháng 12/2025']) {
      assert.ok(labels.includes(label), `${label} missing: ${labels.join(', ')}`);
    }
    assert.ok(!labels.includes('Quý I/2025') && !labels.includes('Năm 2025'), 'only times within 6 tháng cuối năm 2025');
    for (const item of offered) assert.deepEqual((item.textEdit as TextEdit).range, { start: cursor, end: cursor });
  });

  it('reports the vague lead, the empty partners and the huyện of seed 002 at their places', async () => {
    const text = readExample(SEED_002);
    const published = await client.openAndWait(freshUri('seed-002-tasks.plan.yaml'), text);
    const of = (code: string) => published.diagnostics.filter((d) => d.code === code);
    const vague = of('task/vague-lead');
    assert.equal(vague.length, 1);
    assert.deepEqual(vague[0].range.start, positionOf(text, 'Các cơ quan, đơn vị\n    phoi_hop: Trung tâm PVHCC'));
    assert.equal(vague[0].severity, DiagnosticSeverity.Warning);
    assert.equal(of('task/missing-partner').length, 2);
    assert.ok(of('task/missing-partner').every((d) => d.severity === DiagnosticSeverity.Information));
    assert.equal(of('text/outdated-level').length, 6);
    assert.ok(of('text/outdated-level').every((d) => d.codeDescription?.href.endsWith('docs/rules/text/outdated-level.md')));
  });

  it('moves "Tháng 11/2026" from the description into thoi_gian with one quick fix', async () => {
    const text = readExample(SEED_000);
    const uri = freshUri('seed-000-fix.plan.yaml');
    const published = await client.openAndWait(uri, text);
    const diagnostic = published.diagnostics.find((d) => d.code === 'task/time-in-description' && messageOf(d).includes('Tháng 11/2026'));
    assert.ok(diagnostic, JSON.stringify(published.diagnostics.map((d) => d.code)));
    const item = positionOf(text, '- "Thời gian thực hiện: Tháng 11/2026"');
    assert.deepEqual(diagnostic.range.start, { line: item.line, character: item.character + 3 });

    const actions = (await client.request(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: [CodeActionKind.QuickFix] },
    })) as CodeAction[];
    const moves = actions.filter((action) => action.edit && /Tháng 11\/2026/.test(action.title));
    assert.equal(moves.length, 1, actions.map((action) => action.title).join(' | '));
    const edits = moves[0].edit?.changes?.[uri];
    assert.ok(edits);
    const fixed = applyEdits(text, edits);
    assert.equal(parseDocument(fixed).errors.length, 0);
    const task = (parseDocument(fixed).toJS() as { nhiem_vu: { ten: string; thoi_gian: string; chi_tiet?: string[] }[] }).nhiem_vu[4];
    assert.equal(task.thoi_gian, 'Tháng 11/2026');
    assert.ok(task.chi_tiet?.every((line) => !line.includes('Thời gian thực hiện')));
    assert.equal(task.chi_tiet?.length, 2, 'the other description lines stay');

    await client.change(uri, 2, [{ range: wholeRange(text), text: fixed }]);
    const after = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(after.diagnostics.filter((d) => d.code === 'task/time-in-description').map((d) => messageOf(d).includes('Tháng 10/2026')), [true]);
  });
});
