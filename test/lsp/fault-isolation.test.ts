// Fault isolation (issue 10): a rule that throws is reported once in the server's log, and every
// other rule's findings are still published.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { freshUri, LspClient, readExample, REPO_ROOT, SEED_002 } from '../support/lsp-client';

describe('a rule that throws', { timeout: 60_000 }, () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ env: { KEHOACH_FAULT_INJECTION: 'rule' } });
  });
  after(async () => {
    await client?.stop();
  });

  it('is reported once, with its id and error, and the other findings are still published', async () => {
    const text = readExample(SEED_002);
    const uri = freshUri('fault.plan.yaml');
    const first = await client.openAndWait(uri, text);
    assert.ok(first.diagnostics.some((d) => d.code === 'schema/required'), 'other rules still report');
    // Two more checks of new versions: the failure must not be logged again.
    await client.change(uri, 2, [{ text: text + '\n# một\n' }]);
    await client.waitForDiagnostics(uri, (p) => p.version === 2);
    await client.change(uri, 3, [{ text: text + '\n# hai\n' }]);
    const third = await client.waitForDiagnostics(uri, (p) => p.version === 3);
    assert.equal(third.diagnostics.length, first.diagnostics.length);
    const reports = client.logMessages.filter((message) => message.includes('test/always-fails'));
    assert.equal(reports.length, 1, client.logMessages.join('\n'));
    assert.match(reports[0], /rule test\/always-fails failed: Error: injected fault/);
  });
});

describe('untrusted workspaces', () => {
  it('are declared supported: the extension reads workspace files as data only', () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces, { supported: true });
  });

  it('no code of the core, the server or its workspace reader starts a process or evaluates text', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? sources(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : [],
      );
    const files = [...sources(path.join(REPO_ROOT, 'core', 'src')), ...sources(path.join(REPO_ROOT, 'server', 'src')), path.join(REPO_ROOT, 'cli', 'src', 'workspace-files.ts')];
    assert.ok(files.length > 50);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      assert.ok(!/child_process|\beval\(|new Function\(/.test(text), `${path.relative(REPO_ROOT, file)} can run code`);
    }
  });
});
