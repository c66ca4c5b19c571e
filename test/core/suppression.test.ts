import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText } from '../../core/src';
import { planWithTasks } from '../support/plans';

const ids = (text: string) => lintText(text).findings.map((f) => f.ruleId).filter((id) => id.startsWith('task/missing-lead') || id.startsWith('task/undated'));

describe('suppression comments', () => {
  const base = planWithTasks('ten: A\nthoi_gian: Quý I/2026');
  it('findings are reported without a comment', () => {
    assert.deepEqual(ids(base), ['task/missing-lead']);
  });
  it('disable-next-line with the rule id', () => {
    assert.deepEqual(ids(base.replace('  - ten: A', '  # kehoach-disable-next-line task/missing-lead\n  - ten: A')), []);
  });
  it('disable-next-line with another id keeps the finding', () => {
    assert.deepEqual(ids(base.replace('  - ten: A', '  # kehoach-disable-next-line ref/unknown\n  - ten: A')), ['task/missing-lead']);
  });
  it('disable-next-line with no id silences every rule on that line', () => {
    assert.deepEqual(ids(base.replace('  - ten: A', '  # kehoach-disable-next-line\n  - ten: A')), []);
  });
  it('a category wildcard', () => {
    assert.deepEqual(ids(base.replace('  - ten: A', '  # kehoach-disable-next-line task/*\n  - ten: A')), []);
  });
  it('disable … enable covers the lines between, and only them', () => {
    const text = planWithTasks('ten: A\nthoi_gian: Quý I/2026', 'ten: B\nthoi_gian: Quý I/2026').replace('  - ten: A', '  # kehoach-disable task/missing-lead\n  - ten: A').replace('  - ten: B', '  # kehoach-enable task/missing-lead\n  - ten: B');
    const result = lintText(text);
    const leads = result.findings.filter((f) => f.ruleId === 'task/missing-lead');
    assert.equal(leads.length, 1);
    assert.match(leads[0].message, /"B"/);
  });
  it('is keyed by rule id, never by message text', () => {
    assert.deepEqual(ids(base.replace('  - ten: A', '  # kehoach-disable-next-line chưa có cơ quan chủ trì\n  - ten: A')), ['task/missing-lead']);
  });
  it('a directive inside a text value is not a comment', () => {
    assert.deepEqual(ids(base.replace('  - ten: A', '  - ten: "A # kehoach-disable-next-line"')), ['task/missing-lead']);
  });
});
