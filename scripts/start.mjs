#!/usr/bin/env node
// `npm start`: the main job on the bundled examples. Lints them with the CLI (prints every
// finding), then opens the examples folder in VS Code with the extension loaded: the desktop
// `code` when it is installed, else a local code-server (installed on first use) whose address
// is printed. KEHOACH_EDITOR=code-server forces code-server; KEHOACH_EDITOR=none only lints.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examples = path.join(repoRoot, 'examples');
const run = (command, args, options = {}) => spawnSync(command, args, { stdio: 'inherit', cwd: repoRoot, ...options });

console.log('\n== kehoach lint examples ==');
run(process.execPath, [path.join('dist', 'cli.js'), 'lint', 'examples']);

const choice = process.env.KEHOACH_EDITOR ?? 'auto';
if (choice === 'none') process.exit(0);

const hasCode = choice !== 'code-server' && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
  console.log('\n== opening examples/ in VS Code (extension development host) ==');
  const result = run('code', ['--new-window', `--extensionDevelopmentPath=${repoRoot}`, examples]);
  process.exit(result.status ?? 0);
}

console.log('\n== installing code-server if needed (first time: about a minute) ==');
const install = run('bash', [path.join(repoRoot, 'scripts', 'e2e', 'install.sh')]);
if (install.status !== 0) {
  console.error('code-server could not be installed; the lint above is the result. See scripts/e2e/install.sh.');
  process.exit(install.status ?? 1);
}
console.log('\n== opening examples/ in code-server (Ctrl+C to stop) ==');
const server = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'e2e', 'code-server.mjs'), 'open', examples, '--dev', repoRoot], {
  stdio: 'inherit',
  cwd: repoRoot,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
