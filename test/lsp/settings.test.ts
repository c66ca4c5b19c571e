// The `kehoach.language` setting: pushed through didChangeConfiguration, given at initialize, or pulled
// with workspace/configuration. Each case runs its own server, since the setting is server-wide.
import assert from 'node:assert/strict';
import { after, afterEach, describe, it } from 'node:test';
import { HoverRequest, type MarkupContent, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { freshUri, loadPlanSchema, LspClient, messageOf, readExample, SEED_002, topLevelKeyPosition, type StartOptions } from '../support/lsp-client';

const MISSING_SO_EN = "Missing 'so'";
const MISSING_SO_VI = "Thiếu mục 'so'";

const hasMessage = (needle: string) => (params: PublishDiagnosticsParams) =>
  params.diagnostics.some((d) => messageOf(d).includes(needle));

describe('kehoach.language setting', { timeout: 60_000 }, () => {
  const clients: LspClient[] = [];
  async function start(options: StartOptions = {}): Promise<LspClient> {
    const client = await LspClient.start(options);
    clients.push(client);
    return client;
  }
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.stop()));
  });
  after(async () => {
    await Promise.all(clients.splice(0).map((client) => client.stop()));
  });

  it('defaults to Vietnamese messages', async () => {
    const client = await start();
    const published = await client.openAndWait(freshUri('vi.plan.yaml'), readExample(SEED_002));
    assert.ok(hasMessage(MISSING_SO_VI)(published), JSON.stringify(published.diagnostics.map(messageOf)));
  });

  it('switches open documents to English on didChangeConfiguration, and back', async () => {
    const client = await start();
    const uri = freshUri('switch.plan.yaml');
    const text = readExample(SEED_002);
    const opened = await client.openAndWait(uri, text, 4);
    assert.ok(hasMessage(MISSING_SO_VI)(opened));

    let mark = client.diagnosticsHistory(uri).length;
    await client.changeConfiguration({ kehoach: { language: 'en' } });
    const english = await client.waitForDiagnostics(uri, hasMessage(MISSING_SO_EN), { since: mark, what: 'English diagnostics' });
    assert.equal(english.version, 4, 'republished for the same document version');
    assert.equal(english.diagnostics.length, opened.diagnostics.length);
    assert.ok(!english.diagnostics.some((d) => /Thiếu|Không tìm thấy/.test(messageOf(d))), 'Vietnamese message left over');

    // Hovers follow the setting too: the English title comes from the schema's x-title-en.
    const hover = await client.request(HoverRequest.type, {
      textDocument: { uri },
      position: { line: topLevelKeyPosition(text, 'trich_yeu').line, character: 2 },
    });
    const titleEn = loadPlanSchema().properties.trich_yeu['x-title-en']!;
    assert.ok((hover?.contents as MarkupContent).value.includes(titleEn), JSON.stringify(hover));

    mark = client.diagnosticsHistory(uri).length;
    await client.changeConfiguration({ kehoach: { language: 'vi' } });
    await client.waitForDiagnostics(uri, hasMessage(MISSING_SO_VI), { since: mark, what: 'Vietnamese diagnostics again' });
  });

  it('uses the language given in initializationOptions from the first publication', async () => {
    const client = await start({ initializationOptions: { language: 'en' } });
    const published = await client.openAndWait(freshUri('init-en.plan.yaml'), readExample(SEED_002));
    assert.ok(hasMessage(MISSING_SO_EN)(published), JSON.stringify(published.diagnostics.map(messageOf)));
  });

  it("'auto' follows the client's locale", async () => {
    const english = await start({ initializationOptions: { language: 'auto' }, locale: 'en-US' });
    const vietnamese = await start({ initializationOptions: { language: 'auto' }, locale: 'vi' });
    const text = readExample(SEED_002);
    assert.ok(hasMessage(MISSING_SO_EN)(await english.openAndWait(freshUri('auto-en.plan.yaml'), text)));
    assert.ok(hasMessage(MISSING_SO_VI)(await vietnamese.openAndWait(freshUri('auto-vi.plan.yaml'), text)));
  });

  it('pulls the setting with workspace/configuration when a change carries no settings', async () => {
    const asked: (string | undefined)[][] = [];
    const client = await start({
      configuration: (sections) => {
        asked.push(sections);
        return sections.map(() => ({ language: 'en' }));
      },
    });
    const uri = freshUri('pull.plan.yaml');
    await client.openAndWait(uri, readExample(SEED_002));
    const mark = client.diagnosticsHistory(uri).length;
    await client.changeConfiguration(null);
    await client.waitForDiagnostics(uri, hasMessage(MISSING_SO_EN), { since: mark, what: 'English diagnostics after the pull' });
    assert.ok(asked.some((sections) => sections.includes('kehoach')), `sections asked: ${JSON.stringify(asked)}`);
  });

  it(
    'applies a pulled setting to documents opened before the configuration answer arrived',
    async () => {
      let answer!: () => void;
      const answered = new Promise<void>((resolve) => (answer = resolve));
      const client = await start({
        configuration: async (sections) => {
          await answered; // answer only once the document is open (as a slow client would)
          return sections.map(() => ({ language: 'en' }));
        },
      });
      const uri = freshUri('race.plan.yaml');
      const first = await client.openAndWait(uri, readExample(SEED_002));
      assert.ok(hasMessage(MISSING_SO_VI)(first), 'precondition: the document was checked before the answer');
      answer();
      await client.waitForDiagnostics(uri, hasMessage(MISSING_SO_EN), { timeoutMs: 2000, what: 'English diagnostics after the answer' });
    },
  );
});
