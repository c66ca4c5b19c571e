#!/usr/bin/env node
// Starts a private code-server (VS Code 1.99 in the browser, real Node extension host) for tests
// and for manual use. Everything it writes goes to one temp folder, and it runs in its own
// process group so stop() also ends its file watchers and extension hosts.
//
// Module:  const cs = await startCodeServer({ workspace, extensionDevelopmentPath, vsix });
//          cs.workbenchUrl({ extensionTestsPath }) ... await cs.stop();
// CLI:     node scripts/e2e/code-server.mjs open [workspaceFolder (default examples/)]
//            [--dev DIR (default: this repo) | --vsix FILE | --no-dev] [--port N] [--host H]
//            [--keep (temp data)] [--verbose]   -> prints the URL, runs until Ctrl+C
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** code-server's Node entry point (override with KEHOACH_CODE_SERVER_ENTRY). */
export function codeServerEntry() {
  const entry = process.env.KEHOACH_CODE_SERVER_ENTRY
    ?? path.join(repoRoot, '.tools/code-server/node_modules/code-server/out/node/entry.js');
  if (!fs.existsSync(entry)) {
    throw new Error(`code-server not found at ${entry}; run scripts/e2e/install.sh first`);
  }
  return entry;
}

export async function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, host, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Temp HOME, XDG and TMPDIR dirs, so code-server and Chromium leave nothing behind
 *  (the extension host and git extension create sockets in TMPDIR). */
export function isolatedEnv(home, extra = {}) {
  const env = { ...process.env };
  // Variables inherited from a surrounding VS Code / Electron would redirect code-server.
  for (const k of Object.keys(env)) {
    if (k.startsWith('VSCODE_') || k.startsWith('ELECTRON_')) delete env[k];
  }
  Object.assign(env, {
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    TMPDIR: path.join(home, 'tmp'),
    ...extra,
  });
  delete env.XDG_RUNTIME_DIR;
  for (const d of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'TMPDIR']) {
    fs.mkdirSync(env[d], { recursive: true });
  }
  return env;
}

/** Installs a .vsix into extensionsDir with code-server's CLI (works offline). */
export function installVsix(vsix, { extensionsDir, userDataDir, env }) {
  fs.mkdirSync(extensionsDir, { recursive: true }); // code-server requires it to exist
  const r = spawnSync(process.execPath, [codeServerEntry(),
    '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir,
    '--install-extension', path.resolve(vsix), '--force'], { env, encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(`installing ${vsix} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
}

async function waitHealthy(url, child, logFile, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited early (${child.exitCode ?? child.signalCode}):\n`
        + fs.readFileSync(logFile, 'utf8'));
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server not healthy after ${timeoutMs} ms:\n${fs.readFileSync(logFile, 'utf8')}`);
}

function killGroup(pid, signal) {
  try { process.kill(-pid, signal); return true; } catch { return false; }
}

/**
 * @param {object} o
 * @param {string} [o.workspace]                folder to open
 * @param {string} [o.extensionDevelopmentPath] loaded via the workbench URL (see workbenchUrl)
 * @param {string} [o.vsix]                     installed into the private extensions dir first
 * @param {number} [o.port]                     default: a free port
 * @param {string} [o.host]                     default 127.0.0.1
 * @param {object} [o.settings]               extra user settings
 * @param {boolean} [o.keep]                    keep the temp folder after stop()
 * @param {boolean} [o.verbose]                 echo code-server's output
 * @param {number} [o.timeoutMs]                healthz wait, default 60 s
 */
export async function startCodeServer(o = {}) {
  const host = o.host ?? '127.0.0.1';
  const port = o.port ?? await freePort(host);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kehoach-cs-'));
  const home = path.join(root, 'home');
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  const logFile = path.join(root, 'code-server.log');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  // Quiet, deterministic workbench: no welcome page, no update / marketplace traffic.
  fs.writeFileSync(path.join(userDataDir, 'User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': false,
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'telemetry.telemetryLevel': 'off',
    // DejaVu Sans Mono lacks precomposed Vietnamese letters (ế shows as ê + ´); Noto has them.
    'editor.fontFamily': "'Noto Sans Mono', 'DejaVu Sans Mono', monospace",
    ...o.settings,
  }, null, 2));
  const env = isolatedEnv(home);

  if (o.vsix) installVsix(o.vsix, { extensionsDir, userDataDir, env });

  const args = [codeServerEntry(),
    '--auth', 'none',
    '--bind-addr', `${host}:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    ...(o.workspace ? [path.resolve(o.workspace)] : []),
  ];
  const out = fs.openSync(logFile, 'a');
  // detached => setsid: the child leads a new process group we can signal as a whole.
  const child = spawn(process.execPath, args, {
    env, cwd: root, detached: true, stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  let tail;
  if (o.verbose) tail = spawn('tail', ['-n', '+1', '-f', logFile], { stdio: ['ignore', 'inherit', 'inherit'] });

  // Last resort if the caller forgets stop() or exits on an exception.
  const onExit = () => { killGroup(child.pid, 'SIGKILL'); tail?.kill(); };
  process.on('exit', onExit);

  const url = `http://${host}:${port}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', onExit);
    if (killGroup(child.pid, 'SIGTERM')) {
      const deadline = Date.now() + 5000;
      while (Date.now() < deadline && killGroup(child.pid, 0)) {
        await new Promise((r) => setTimeout(r, 100));
      }
      killGroup(child.pid, 'SIGKILL'); // stragglers in the group (watchers, extension hosts)
    }
    tail?.kill();
    if (!o.keep) fs.rmSync(root, { recursive: true, force: true });
  };

  try {
    await waitHealthy(url, child, logFile, o.timeoutMs ?? 60_000);
  } catch (e) {
    await stop();
    throw e;
  }

  const authority = `${host}:${port}`;
  const remote = (p) => `vscode-remote://${authority}${pathToFileURL(path.resolve(p)).pathname}`;
  /** Workbench URL; the dev path / tests path travel in `payload` as remote URIs. */
  const workbenchUrl = ({ extensionTestsPath, extensionDevelopmentPath = o.extensionDevelopmentPath,
    workspace = o.workspace } = {}) => {
    const payload = [];
    if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
    if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
    const q = new URLSearchParams();
    if (workspace) q.set('folder', path.resolve(workspace));
    if (payload.length) q.set('payload', JSON.stringify(payload));
    const qs = q.toString();
    return `${url}/${qs ? `?${qs}` : ''}`;
  };

  return { url, host, port, pid: child.pid, root, home, userDataDir, extensionsDir, logFile, env,
    remote, workbenchUrl, stop };
}

/** Extension host and other server-side logs under the user-data-dir, newest session first. */
export function serverLogFiles(userDataDir) {
  const logs = path.join(userDataDir, 'logs');
  if (!fs.existsSync(logs)) return [];
  const found = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.log')) found.push(p);
    }
  };
  walk(logs);
  return found.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
}

// ---------------------------------------------------------------------------------------------
async function cli(argv) {
  const [cmd, ...rest] = argv;
  const opts = { dev: true };
  const positional = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--vsix') opts.vsix = rest[++i];
    else if (a === '--port') opts.port = Number(rest[++i]);
    else if (a === '--host') opts.host = rest[++i];
    else if (a === '--no-dev') opts.dev = false;
    else if (a === '--dev') opts.devPath = path.resolve(rest[++i]);
    else if (a === '--keep') opts.keep = true;
    else if (a === '--verbose') opts.verbose = true;
    else positional.push(a);
  }
  if (cmd !== 'open' || positional.length > 1) {
    console.error('usage: node scripts/e2e/code-server.mjs open [workspaceFolder] '
      + '[--dev DIR (default: repo) | --vsix FILE | --no-dev] [--port N] [--host H] [--keep] [--verbose]');
    process.exit(2);
  }
  const workspace = path.resolve(positional[0] ?? path.join(repoRoot, 'examples'));
  const devPath = opts.dev && !opts.vsix ? (opts.devPath ?? repoRoot) : undefined;
  if (devPath) {
    const main = JSON.parse(fs.readFileSync(path.join(devPath, 'package.json'), 'utf8')).main;
    if (main && !fs.existsSync(path.join(devPath, main))) {
      console.warn(`warning: ${main} does not exist yet; build the extension first`);
    }
  }
  const cs = await startCodeServer({ workspace, extensionDevelopmentPath: devPath, vsix: opts.vsix,
    port: opts.port, host: opts.host, keep: opts.keep, verbose: opts.verbose });
  console.log(`code-server ${cs.url} (pid ${cs.pid}, data in ${cs.root})`);
  console.log(`open: ${cs.workbenchUrl()}`);
  console.log('Ctrl+C to stop');
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await cs.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  process.on('SIGHUP', shutdown);
  setInterval(() => {}, 1 << 30); // keep the event loop alive
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli(process.argv.slice(2)).catch((e) => { console.error(e.message ?? e); process.exit(1); });
}
