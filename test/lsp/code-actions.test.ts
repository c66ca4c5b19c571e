// textDocument/codeAction: the quick fix for a misspelt key, applied by the test like an editor would.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionKind,
  CodeActionRequest,
  DiagnosticSeverity,
  type CodeAction,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import {
  applyEdits,
  CLEAN_EXAMPLE,
  freshUri,
  LspClient,
  offsetAt,
  positionOf,
  readExample,
  SEED_002,
  wholeRange,
} from '../support/lsp-client';

describe('code actions', { timeout: 60_000 }, () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client?.stop();
  });

  const codeActions = (uri: string, diagnostics: Diagnostic[]) =>
    client.request(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics, only: [CodeActionKind.QuickFix] },
    });

  it('fixes `chu_tr` to `chu_tri`, and the fixed text has no diagnostic for that key', async () => {
    const original = readExample(CLEAN_EXAMPLE);
    const uri = freshUri('fix-key.plan.yaml');
    await client.openAndWait(uri, original);

    // Misspell the first task's lead key.
    const lead = positionOf(original, '    chu_tri: Phòng Văn hóa - Xã hội');
    const key = { start: { line: lead.line, character: 4 }, end: { line: lead.line, character: 4 + 'chu_tri'.length } };
    const broken = applyEdits(original, [{ range: key, newText: 'chu_tr' }]);
    await client.change(uri, 2, [{ range: key, text: 'chu_tr' }]);
    const published = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    const diagnostic = published.diagnostics.find((d) => d.code === 'schema/unknown-key');
    assert.ok(diagnostic, 'no schema/unknown-key diagnostic');

    const actions = await codeActions(uri, [diagnostic]);
    assert.ok(Array.isArray(actions) && actions.length > 0, `no code action: ${JSON.stringify(actions)}`);
    const fix = actions.find((action): action is CodeAction => 'kind' in action && action.kind === CodeActionKind.QuickFix);
    assert.ok(fix, 'no quickfix');
    assert.match(fix.title, /chu_tri/);
    assert.deepEqual(fix.diagnostics?.map((d) => d.code), ['schema/unknown-key']);

    const edits = fix.edit?.changes?.[uri];
    assert.ok(edits, `the fix does not edit ${uri}: ${JSON.stringify(fix.edit)}`);
    assert.equal(edits.length, 1);
    assert.equal(edits[0].newText, 'chu_tri');
    // The edit replaces exactly the misspelt key.
    assert.equal(broken.slice(offsetAt(broken, edits[0].range.start), offsetAt(broken, edits[0].range.end)), 'chu_tr');

    const fixed = applyEdits(broken, edits);
    assert.equal(fixed, original);
    await client.change(uri, 3, [{ range: wholeRange(broken), text: fixed }]);
    const after = await client.waitForDiagnostics(uri, (p) => p.version === 3);
    assert.deepEqual(after.diagnostics.filter((d) => d.range.start.line === lead.line), []);
    assert.deepEqual(after.diagnostics.filter((d) => d.code === 'schema/unknown-key'), []);
  });

  it('offers only the generic actions (disable for this line, documentation) for a diagnostic without a repair', async () => {
    const uri = freshUri('no-fix.plan.yaml');
    const published = await client.openAndWait(uri, readExample(SEED_002));
    const required = published.diagnostics.find((d) => d.code === 'schema/required');
    assert.ok(required);
    assert.equal(required.severity, DiagnosticSeverity.Error);
    const actions = (await codeActions(uri, [required])) ?? [];
    assert.deepEqual(actions.map((action) => action.title).sort(), ['Tắt schema/required cho dòng này', 'Xem tài liệu quy tắc schema/required']);
  });

  it("ignores diagnostics from other sources", async () => {
    const original = 'loai: ke-hoach\nchu_tr: x\n';
    const uri = freshUri('foreign.plan.yaml');
    const published = await client.openAndWait(uri, original);
    const ours = published.diagnostics.find((d) => d.code === 'schema/unknown-key');
    assert.ok(ours);
    assert.deepEqual((await codeActions(uri, [{ ...ours, source: 'yaml' }])) ?? [], []);
  });
});
