// Headless Debian Chromium driven by playwright-core (no Playwright browser download), with a
// fresh profile and HOME per launch. Used by the test-electron shim and by UI (Playwright) tests:
//   const b = await launchChromium(); await b.page.goto(cs.workbenchUrl()); ... await b.close();
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { isolatedEnv } from './code-server.mjs';

export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchChromium({ viewport = { width: 1280, height: 800 } } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kehoach-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: chromiumArgs,
      env: isolatedEnv(path.join(profile, 'home')),
      viewport,
      // Callers own signal handling; Playwright's handlers would exit before their cleanup.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (e) {
    fs.rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  const page = context.pages()[0] ?? await context.newPage();
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  return { context, page, profile, close };
}

/** Waits until the workbench shows the Explorer with the workspace's files. */
export async function waitForWorkbench(page, { timeout = 60_000 } = {}) {
  await page.locator('.monaco-workbench').waitFor({ timeout });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout });
}

/** Opens a top-level file of the workspace by clicking it in the Explorer; returns its editor. */
export async function openFromExplorer(page, fileName, { timeout = 30_000 } = {}) {
  await page.locator('.explorer-folders-view').getByRole('treeitem', { name: fileName, exact: true })
    .dblclick({ timeout });
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ timeout });
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  await editor.locator('.view-lines').waitFor({ timeout });
  return editor;
}
