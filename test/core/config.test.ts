import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, parseConfig } from '../../core/src';
import { planWithTasks } from '../support/plans';

describe('.kehoach.yaml', () => {
  it('sets severities and turns rules off', () => {
    const config = parseConfig('rules:\n  task/missing-lead: warning\n  ref/unknown: off\n');
    assert.deepEqual(config.problems, []);
    assert.deepEqual(config.severities, { 'task/missing-lead': 'warning', 'ref/unknown': 'off' });
    const findings = lintText(planWithTasks('ten: A\nthoi_gian: Quý I/2026'), { severities: config.severities }).findings;
    assert.equal(findings.find((f) => f.ruleId === 'task/missing-lead')?.severity, 'warning');
  });

  it('sets a whole category with /*, a named rule winning over it', () => {
    const config = parseConfig('rules:\n  task/missing-lead: error\n  task/*: hint\n');
    assert.equal(config.severities['task/missing-lead'], 'error');
    assert.equal(config.severities['task/undated'], 'hint');
  });

  it('locates an unknown rule with a suggestion, and a bad level', () => {
    const text = 'rules:\n  task/missing-led: off\n  task/undated: loud\n';
    const config = parseConfig(text);
    assert.equal(config.problems.length, 2);
    assert.equal(text.slice(config.problems[0].range.start, config.problems[0].range.end), 'task/missing-led');
    assert.match(config.problems[0].message, /task\/missing-lead/);
    assert.equal(text.slice(config.problems[1].range.start, config.problems[1].range.end), 'loud');
    assert.deepEqual(config.severities, {}, 'malformed entries are skipped');
  });

  it('reports malformed YAML and wrong shapes without throwing', () => {
    assert.equal(parseConfig('rules: [a').problems.length, 1);
    assert.equal(parseConfig('- a\n').problems.length, 1);
    assert.equal(parseConfig('rules: 5\n').problems.length, 1);
    assert.equal(parseConfig('rule:\n  a: b\n').problems.length, 1);
    assert.deepEqual(parseConfig('').problems, []);
    assert.match(parseConfig('rules: 5\n', 'en').problems[0].message, /mapping/);
  });
});
