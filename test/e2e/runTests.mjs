#!/usr/bin/env node
// Runs the extension-host test suite with @vscode/test-electron.
// Default: through scripts/e2e/vscode-shim.sh (code-server + headless Chromium), because desktop
// VS Code cannot be downloaded on offline machines. Set KEHOACH_E2E_VSCODE=download on a desktop
// to let test-electron download VS Code (KEHOACH_E2E_VSCODE_VERSION, default "stable"), or to the
// path of an installed VS Code executable.
//
// node test/e2e/runTests.mjs [--suite compiled/suite/index.js] [--workspace folder]
//                            [--dev extensionDevelopmentPath]     (defaults below)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const opts = {
  dev: repoRoot,
  suite: process.env.KEHOACH_E2E_SUITE ?? path.join(repoRoot, 'out/test/e2e/suite/index.js'),
  workspace: process.env.KEHOACH_E2E_WORKSPACE ?? path.join(repoRoot, 'examples'),
};
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const m = /^--(suite|workspace|dev)$/.exec(argv[i]);
  if (!m || argv[i + 1] === undefined) {
    console.error(`unknown or incomplete argument: ${argv[i]}`);
    process.exit(2);
  }
  opts[m[1]] = path.resolve(argv[++i]);
}
for (const [k, p] of Object.entries(opts)) {
  if (!fs.existsSync(p)) {
    console.error(`${k} not found: ${p}${k === 'suite' ? ' (compile the tests first)' : ''}`);
    process.exit(2);
  }
}

const mode = process.env.KEHOACH_E2E_VSCODE ?? 'shim';
const executable = mode === 'shim' ? path.join(repoRoot, 'scripts/e2e/vscode-shim.sh')
  : mode === 'download' ? undefined
    : path.resolve(mode);
if (mode === 'shim' && !fs.existsSync(path.join(repoRoot, '.tools/code-server/.installed-4.99.4'))
  && !process.env.KEHOACH_CODE_SERVER_ENTRY) {
  console.warn('code-server may be missing: run scripts/e2e/install.sh');
}

try {
  await runTests({
    vscodeExecutablePath: executable,
    version: process.env.KEHOACH_E2E_VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: opts.dev,
    extensionTestsPath: opts.suite,
    // Other installed extensions stay out of the way on a desktop; the shim ignores the flag.
    launchArgs: [opts.workspace, '--disable-extensions'],
  });
} catch (e) {
  console.error(e.message ?? e);
  process.exit(typeof e.code === 'number' && e.code !== 0 ? e.code : 1);
}
