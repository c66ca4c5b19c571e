// import/unplaced-text: every entry left under ghi_chu is an information finding on that entry.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findRule, lintText } from '../../core/src';
import { COMPLETE_PLAN, lineOf } from '../support/plans';

const findings = (text: string, lang: 'vi' | 'en' = 'vi') => {
  const result = lintText(text, { lang });
  assert.deepEqual(result.failures, []);
  return result.findings.filter((f) => f.ruleId === 'import/unplaced-text').map((f) => ({
    line: result.plan.lines.positionAt(f.range.start).line + 1,
    severity: f.severity,
    message: f.message,
    text: text.slice(f.range.start, f.range.end),
  }));
};

describe('import/unplaced-text', () => {
  it('is registered with its metadata', () => {
    const rule = findRule('import/unplaced-text');
    assert.equal(rule?.meta.category, 'import');
    assert.equal(rule?.meta.defaultSeverity, 'information');
  });

  it('reports each ghi_chu entry where it is, quoting it (shortened)', () => {
    const long = 'Một đoạn rất dài '.repeat(10).trim();
    const text = `${COMPLETE_PLAN}ghi_chu:\n  # dòng 3\n  - "V/v: tuyên truyền"\n  - ${long}\n`;
    const found = findings(text);
    assert.deepEqual(found.map(({ line, severity, text: at }) => ({ line, severity, at })), [
      { line: lineOf(text, 'V/v'), severity: 'information', at: '"V/v: tuyên truyền"' },
      { line: lineOf(text, long), severity: 'information', at: long },
    ]);
    assert.equal(found[0].message, 'Văn bản chưa xếp vào mục nào của kế hoạch (còn lại khi nhập từ văn bản cũ): “V/v: tuyên truyền”. Chuyển vào đúng mục hoặc xóa.');
    assert.ok(found[1].message.includes(`“${long.slice(0, 79)}…”`), found[1].message);
    assert.match(findings(text, 'en')[0].message, /^Text not placed in any part of the plan \(left over from an import\): “V\/v: tuyên truyền”/);
  });

  it('is quiet without ghi_chu, for blank entries, and when suppressed', () => {
    assert.deepEqual(findings(COMPLETE_PLAN), []);
    assert.deepEqual(findings(`${COMPLETE_PLAN}ghi_chu:\n  - ""\n`), []);
    assert.deepEqual(findings(`${COMPLETE_PLAN}ghi_chu:\n  # kehoach-disable-next-line import/unplaced-text\n  - Đã xem, giữ lại\n`), []);
  });
});
