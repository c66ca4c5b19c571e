#!/usr/bin/env node
// Checks through the real workbench UI (code-server + headless Chromium, driven by Playwright):
// the Problems panel lists kehoach findings, a quick fix applied with Ctrl+. changes the file,
// and the hover shows the message. Screenshots go to test-results/e2e/; with --update-docs the
// editor screenshot also replaces docs/images/editor-diagnostics.png (used by the README).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, openFromExplorer, waitForWorkbench } from '../../scripts/e2e/browser.mjs';
import { repoRoot, serverLogFiles, startCodeServer } from '../../scripts/e2e/code-server.mjs';

const updateDocs = process.argv.includes('--update-docs');
const resultsDir = path.join(repoRoot, 'test-results', 'e2e');
fs.mkdirSync(resultsDir, { recursive: true });

// Work on a copy: the UI saves files.
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'kehoach-ui-'));
fs.cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });
const typoFile = 'go-sai.plan.yaml';
const clean = fs.readFileSync(path.join(workspace, 'ke-hoach-tuyen-truyen-cchc-2026.plan.yaml'), 'utf8');
fs.writeFileSync(path.join(workspace, typoFile), clean.replace('    chu_tri: Văn phòng HĐND và UBND xã', '    chu_tr: Văn phòng HĐND và UBND xã'));

const cs = await startCodeServer({ workspace, extensionDevelopmentPath: repoRoot });
const browser = await launchChromium({ viewport: { width: 1500, height: 900 } });
const { page } = browser;
const results = [];

/** Opens the Problems panel and activates the row with `text`, which moves the cursor to the problem. */
async function revealProblem(text) {
  // Ctrl+Shift+M toggles the panel when it already has focus: press it only when the panel is hidden.
  if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: text }).first();
  await row.waitFor({ timeout: 30_000 });
  // Click the message, not the rule's documentation link at the end of the row.
  await row.click({ position: { x: 80, y: 10 } });
  await page.keyboard.press('Enter');
}

async function check(name, run) {
  const started = Date.now();
  try {
    await run();
    results.push({ name, ok: true });
    console.log(`  ✔ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✖ ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`);
    await page.screenshot({ path: path.join(resultsDir, `ui-failure-${results.length}.png`) }).catch(() => {});
  }
}

try {
  await page.goto(cs.workbenchUrl());
  await waitForWorkbench(page);

  await check('the Problems panel lists the findings of a seed plan with their rule ids', async () => {
    const editor = await openFromExplorer(page, 'seed-002-ninh-giang-2025.plan.yaml');
    await editor.locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.filter({ hasText: 'schema/required' }).first().waitFor({ timeout: 15_000 });
    const text = (await rows.allInnerTexts()).join('\n');
    assert.match(text, /Thiếu mục 'so'/);
    assert.match(text, /Thiếu mục 'ngay'/);
    assert.match(text, /ref\//);
    // Scroll the editor to a flagged citation, so the picture shows squiggles and the panel together.
    await revealProblem('709/KH-UBND');
    await editor.locator('.squiggly-warning, .squiggly-error').first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(resultsDir, 'editor-diagnostics.png') });
    if (updateDocs) fs.copyFileSync(path.join(resultsDir, 'editor-diagnostics.png'), path.join(repoRoot, 'docs', 'images', 'editor-diagnostics.png'));
  });

  await check('hovering a squiggle shows the Vietnamese message', async () => {
    const editor = await openFromExplorer(page, typoFile);
    await revealProblem("có phải 'chu_tri'");
    await editor.locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
    // Show the hover at the cursor (Ctrl+K Ctrl+I), where the problem row put it.
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover').filter({ hasText: "có phải 'chu_tri'" });
    await hover.first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(resultsDir, 'hover.png') });
    await page.keyboard.press('Escape');
  });

  await check('a quick fix chosen with Ctrl+. renames the key in the file', async () => {
    const editor = await openFromExplorer(page, typoFile);
    // Clicking the problem puts the cursor on the misspelt key; then ask for quick fixes.
    await revealProblem("có phải 'chu_tri'");
    await editor.locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: "Đổi thành 'chu_tri'" });
    await fix.first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(resultsDir, 'quick-fix.png') });
    // The fix is the focused entry: apply it as a keyboard user would.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+S');
    const file = path.join(workspace, typoFile);
    const deadline = Date.now() + 15_000;
    while (!fs.readFileSync(file, 'utf8').includes('    chu_tri: Văn phòng HĐND và UBND xã') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const saved = fs.readFileSync(file, 'utf8');
    assert.equal(saved, clean, 'the fixed file equals the clean plan byte for byte');
    await editor.locator('.squiggly-error').first().waitFor({ state: 'detached', timeout: 15_000 });
  });
  await check('the preview opens beside the plan from the command palette and shows the document', async () => {
    await openFromExplorer(page, 'ke-hoach-tuyen-truyen-cchc-2026.plan.yaml');
    await page.keyboard.press('F1');
    await page.keyboard.type('Kế hoạch: Open Preview');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Preview' }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    // The webview's content lives in nested frames: wait for the rendered document title.
    const deadline = Date.now() + 30_000;
    let rendered = false;
    while (!rendered && Date.now() < deadline) {
      for (const frame of page.frames()) {
        const text = await frame.locator('body').innerText({ timeout: 500 }).catch(() => '');
        if (text.includes('KẾ HOẠCH') && text.includes('Tuyên truyền cải cách hành chính')) rendered = true;
      }
      if (!rendered) await new Promise((resolve) => setTimeout(resolve, 300));
    }
    assert.ok(rendered, 'the preview shows the plan');
    await page.screenshot({ path: path.join(resultsDir, 'preview.png') });
    if (updateDocs) fs.copyFileSync(path.join(resultsDir, 'preview.png'), path.join(repoRoot, 'docs', 'images', 'preview.png'));
  });
} finally {
  const failed = results.filter((r) => !r.ok).length;
  if (failed || results.length === 0) {
    for (const log of serverLogFiles(cs.userDataDir)) {
      console.log(`--- ${log}\n${fs.readFileSync(log, 'utf8').split('\n').slice(-60).join('\n')}`);
    }
  }
  await browser.close();
  await cs.stop();
  fs.rmSync(workspace, { recursive: true, force: true });
  console.log(`ui: ${results.length - failed} passed, ${failed} failed`);
  process.exitCode = failed || results.length < 4 ? 1 : 0;
}
