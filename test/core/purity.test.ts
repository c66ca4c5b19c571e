import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../support/paths';

// The core must run anywhere (a web worker for vscode.dev included): no vscode, no LSP, no Node built-ins.
const ALLOWED_PACKAGES = new Set(['yaml', 'ajv']);
/** Helpers that the generated schema validators use (scripts/validators.ts). */
const AJV_RUNTIME = /^ajv\/dist\/runtime\/[\w-]+$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : name.endsWith('.ts') ? [full] : [];
  });
}

function specifiersOf(text: string): string[] {
  return [
    ...text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gm), // import … from '…', export … from '…'
    ...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm), // import '…'
    ...text.matchAll(/\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g), // require('…'), import('…')
  ].map((match) => match[1]);
}

describe('core purity', () => {
  it('recognises a forbidden import', () => {
    const sample = "import { readFileSync } from 'node:fs';\nconst category = 'import';\n";
    assert.deepEqual(specifiersOf(sample), ['node:fs']);
  });

  it('imports only relative modules, JSON data and yaml/ajv', () => {
    const files = sourceFiles(path.join(repoRoot, 'core', 'src'));
    assert.ok(files.length > 10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const specifier of specifiersOf(text)) {
        if (specifier.startsWith('.')) continue;
        assert.ok(ALLOWED_PACKAGES.has(specifier) || AJV_RUNTIME.test(specifier), `${path.relative(repoRoot, file)} imports ${specifier}`);
      }
      assert.doesNotMatch(text, /\bprocess\.|\brequire\(/, `${path.relative(repoRoot, file)} touches Node globals`);
    }
  });
});
