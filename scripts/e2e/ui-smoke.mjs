#!/usr/bin/env node
// Drives the real workbench UI: opens FILE from the Explorer and saves a screenshot.
// node scripts/e2e/ui-smoke.mjs <workspaceFolder> <fileName> [--dev extensionDevelopmentPath]
// Exit 0 when the file opened in an editor; screenshot in test-results/e2e/ui-<fileName>.png.
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, openFromExplorer, waitForWorkbench } from './browser.mjs';
import { repoRoot, startCodeServer } from './code-server.mjs';

const argv = process.argv.slice(2);
const devIdx = argv.indexOf('--dev');
const dev = devIdx >= 0 ? path.resolve(argv.splice(devIdx, 2)[1]) : undefined;
const [workspace, fileName] = argv;
if (!workspace || !fileName) {
  console.error('usage: node scripts/e2e/ui-smoke.mjs <workspaceFolder> <fileName> [--dev path]');
  process.exit(2);
}
const resultsDir = process.env.KEHOACH_E2E_RESULTS ?? path.join(repoRoot, 'test-results/e2e');
fs.mkdirSync(resultsDir, { recursive: true });
const shot = path.join(resultsDir, `ui-${fileName}.png`);

const t0 = Date.now();
const cs = await startCodeServer({ workspace, extensionDevelopmentPath: dev });
const browser = await launchChromium();
let code = 0;
try {
  await browser.page.goto(cs.workbenchUrl());
  await waitForWorkbench(browser.page);
  const editor = await openFromExplorer(browser.page, fileName);
  const firstLine = (await editor.locator('.view-line').first().innerText()).trim();
  console.log(`opened ${fileName}; first line: ${JSON.stringify(firstLine)}`);
} catch (e) {
  console.error(e.message ?? e);
  code = 1;
} finally {
  await browser.page.screenshot({ path: shot }).catch(() => {});
  console.log(`screenshot: ${shot}`);
  await browser.close();
  await cs.stop();
}
console.log(`${code ? 'FAILED' : 'ok'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(code);
