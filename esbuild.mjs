// Bundles the extension client, the language server and the CLI (Node, CommonJS; `vscode` external).
import * as esbuild from 'esbuild';

const shared = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: true,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  // Some ESM dependencies read import.meta.url, which a CommonJS bundle does not have.
  define: { 'import.meta.url': '__kehoachImportMetaUrl' },
  banner: { js: "const __kehoachImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
  // yaml's Node build reads process.env.LOG_TOKENS for every token it parses (a debugging switch; each read is a
  // getenv call): ~15 % of parsing a large plan. Its browser build is the same code without that switch.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
};

await Promise.all([
  esbuild.build({ ...shared, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...shared, entryPoints: ['client/src/documents.ts'], outfile: 'dist/client-documents.js', external: ['vscode'] }),
  esbuild.build({ ...shared, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...shared, entryPoints: ['cli/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node\n' + shared.banner.js } }),
]);
