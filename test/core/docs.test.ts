import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { allRules } from '../../core/src';
import { generatedFiles } from '../../scripts/generate-docs';
import { repoRoot } from '../support/paths';

describe('generated documentation', () => {
  it('is up to date with the rule list (run `npm run docs` after changing a rule)', () => {
    const files = generatedFiles();
    assert.ok(files.has('README.md'), 'README.md must keep the generated rule table markers');
    for (const [file, content] of files) {
      const full = path.join(repoRoot, file);
      assert.ok(existsSync(full), `${file} is missing`);
      assert.equal(readFileSync(full, 'utf8'), content, `${file} is stale`);
    }
  });

  it('has one page per rule and a config entry per rule', () => {
    const config = JSON.parse(readFileSync(path.join(repoRoot, 'schemas', 'config.schema.json'), 'utf8'));
    for (const rule of allRules) {
      assert.ok(existsSync(path.join(repoRoot, 'docs', 'rules', `${rule.meta.id}.md`)), rule.meta.id);
      assert.equal(config.properties.rules.properties[rule.meta.id].default, rule.meta.defaultSeverity);
    }
  });
});
