import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../support/paths';

describe('message catalogue', () => {
  const dir = path.join(repoRoot, 'out', 'core', 'src', 'i18n', 'catalogue');
  const parts = readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => Object.values(require(path.join(dir, name)) as Record<string, Record<string, { vi: string; en: string }>>)[0]);

  it('has no key defined in two area files', () => {
    const seen = new Set<string>();
    for (const part of parts) {
      for (const key of Object.keys(part)) {
        assert.ok(!seen.has(key), `duplicate message key ${key}`);
        seen.add(key);
      }
    }
    assert.ok(seen.size > 40);
  });

  it('gives every message in both languages with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const part of parts) {
      for (const [key, text] of Object.entries(part)) {
        assert.ok(text.vi.trim() && text.en.trim(), key);
        assert.deepEqual(placeholders(text.vi), placeholders(text.en), key);
      }
    }
  });
});
