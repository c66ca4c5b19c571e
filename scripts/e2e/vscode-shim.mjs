#!/usr/bin/env node
// Stand-in for a VS Code executable, for @vscode/test-electron's runTests({ vscodeExecutablePath }).
// Desktop VS Code cannot be downloaded here, so this runs the same extension test suite in
// code-server's (Node) extension host, with the workbench open in headless Chromium.
// Accepts test-electron's arguments: --extensionDevelopmentPath=P (first one used),
// --extensionTestsPath=P, an optional workspace folder; other flags are ignored.
// Exit code = the suite's exit code; 124 on timeout, 130 on SIGINT/SIGTERM.
// Env: KEHOACH_E2E_TIMEOUT_MS (whole run, default 300000), CHROMIUM_PATH (default /usr/bin/chromium),
//      KEHOACH_E2E_VERBOSE=1 (echo code-server and browser console output),
//      KEHOACH_E2E_RESULTS (failure screenshots; default <repo>/test-results/e2e).
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { launchChromium } from './browser.mjs';
import { repoRoot, serverLogFiles, startCodeServer } from './code-server.mjs';

// Harmless without internet: marketplace (open-vsx) lookups and the missing signing module (vsda).
const offlineNoise = /open-vsx\.org|vsda/;
const log = (...a) => console.log('[vscode-shim]', ...a);

function parseArgs(argv) {
  const r = { dev: [], tests: undefined, folder: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--(extensionDevelopmentPath|extensionTestsPath)(?:=(.*))?$/.exec(a);
    if (m) {
      const v = path.resolve(m[2] ?? argv[++i]);
      if (m[1] === 'extensionTestsPath') r.tests = v; else r.dev.push(v);
    } else if (!a.startsWith('-') && r.folder === undefined) {
      r.folder = path.resolve(a);
    } // anything else (--no-sandbox, --user-data-dir=..., --disable-extensions ...) is ignored
  }
  return r;
}

const started = Date.now();
const args = parseArgs(process.argv.slice(2));
if (!args.tests) {
  console.error('vscode-shim: missing --extensionTestsPath');
  process.exit(2);
}
if (args.dev.length > 1) log('only the first --extensionDevelopmentPath is used');
const verbose = process.env.KEHOACH_E2E_VERBOSE === '1';
const timeoutMs = Number(process.env.KEHOACH_E2E_TIMEOUT_MS ?? 300_000);
const resultsDir = process.env.KEHOACH_E2E_RESULTS ?? path.join(repoRoot, 'test-results/e2e');

let cs;
let browser;
let done = false;
async function finish(code, failure) {
  if (done) return;
  done = true;
  if (failure) {
    log(`FAILED: ${failure}`);
    if (browser) {
      fs.mkdirSync(resultsDir, { recursive: true });
      const shot = path.join(resultsDir, `shim-failure-${new Date().toISOString().replace(/[:.]/g, '-')}.png`);
      await browser.page.screenshot({ path: shot, timeout: 10_000 })
        .then(() => log(`screenshot: ${shot}`), (e) => log(`no screenshot: ${e.message}`));
    }
    if (cs) {
      for (const f of serverLogFiles(cs.userDataDir).filter((p) => /exthost/i.test(path.basename(p)))) {
        log(`---- ${path.relative(cs.userDataDir, f)} ----`);
        process.stdout.write(fs.readFileSync(f, 'utf8'));
      }
      if (!verbose) {
        log('---- code-server output ----');
        process.stdout.write(fs.readFileSync(cs.logFile, 'utf8'));
      }
    }
  }
  await browser?.close();
  await cs?.stop(); // started with keep: true so the logs above survive until here
  if (cs) fs.rmSync(cs.root, { recursive: true, force: true, maxRetries: 3 });
  log(`exit ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(code);
}

process.on('SIGINT', () => finish(130, 'interrupted (SIGINT)'));
process.on('SIGTERM', () => finish(130, 'terminated (SIGTERM)'));
const timer = setTimeout(() => finish(124, `timed out after ${timeoutMs} ms`), timeoutMs);

async function run() {
  cs = await startCodeServer({ workspace: args.folder, extensionDevelopmentPath: args.dev[0],
    verbose, keep: true });
  if (done) return undefined;
  browser = await launchChromium();
  const { page } = browser;
  page.on('pageerror', (e) => log('page error:', e.message));
  if (verbose) page.on('console', (m) => console.log(`[browser ${m.type()}]`, m.text()));

  // The workbench calls these automation hooks when it runs extension tests.
  const exited = new Promise((resolve) => {
    page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code) || 0));
  });
  // Workbench and forwarded extension-host console output (e.g. mocha's reporter), printf-style.
  await page.exposeFunction('codeAutomationLog', (type, parts) => {
    const text = util.format(...(Array.isArray(parts) ? parts : [parts]));
    if (!verbose && offlineNoise.test(text)) return;
    (type === 'error' ? console.error : console.log)(text);
  });
  const url = cs.workbenchUrl({ extensionTestsPath: args.tests });
  log(`opening ${url}`);
  await page.goto(url);
  return exited;
}

run().then(
  (code) => { clearTimeout(timer); return finish(code, code ? `suite exited with code ${code}` : undefined); },
  (e) => { clearTimeout(timer); return finish(1, e.stack ?? String(e)); },
);
