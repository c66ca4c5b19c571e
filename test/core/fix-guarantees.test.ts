// Guarantees of every edit kehoach makes (issue 6): applied to every example plan and to generated
// plans, each available fix must leave a text that parses, remove the finding it targets, change
// nothing outside its edit ranges, keep every comment, and indent what it inserts like the file does.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Lexer } from 'yaml';
import { applyEdits, fixAll, lintText, parsePlan, type Finding, type Fix } from '../../core/src';
import { examplesDir } from '../support/paths';

function comments(text: string): string[] {
  return [...new Lexer().lex(text)].filter((token) => token.startsWith('#')).map((token) => token.trim()).sort();
}

/** Independent of applyEdits: the untouched stretches of the original must appear, in order, in the result. */
function untouchedStretchesKept(original: string, result: string, fix: Fix): boolean {
  const edits = [...fix.edits].sort((a, b) => a.range.start - b.range.start);
  let cursor = 0;
  let from = 0;
  for (const edit of [...edits, { range: { start: original.length, end: original.length }, newText: '' }]) {
    const stretch = original.slice(from, edit.range.start);
    if (stretch) {
      const at = result.indexOf(stretch, cursor);
      if (at < 0) return false;
      cursor = at + stretch.length;
    }
    cursor += edit.newText.length;
    from = edit.range.end;
  }
  return true;
}

function checkFix(text: string, finding: Finding, fix: Fix, where: string): void {
  const local = fix.edits.filter((edit) => edit.file === undefined);
  if (local.length !== fix.edits.length) return; // edits of another file (the commune registry) are checked elsewhere
  const label = `${where}: ${finding.ruleId} "${fix.title}"`;
  const result = applyEdits(text, local);
  assert.notEqual(result, text, `${label} changes nothing`);
  assert.deepEqual(parsePlan(result).yamlErrors.map((e) => e.message), [], `${label} breaks the YAML:\n${result}`);
  const before = lintText(text).findings.filter((f) => f.ruleId === finding.ruleId).length;
  const after = lintText(result).findings.filter((f) => f.ruleId === finding.ruleId).length;
  assert.ok(after < before, `${label} leaves the finding (${before} → ${after})`);
  assert.ok(untouchedStretchesKept(text, result, fix), `${label} changes text outside its ranges`);
  assert.deepEqual(comments(result).filter((c) => !c.includes('kehoach-disable')), comments(text).filter((c) => !c.includes('kehoach-disable')), `${label} loses a comment`);
  const unit = /\n( +)\S/.exec(text)?.[1].length ?? 2;
  const crlf = text.includes('\r\n');
  for (const edit of local) {
    for (const line of edit.newText.split(/\r?\n/).slice(1)) {
      assert.doesNotMatch(line, /^\t/, `${label} indents with a tab`);
      // What it inserts is indented in the file's own step (keys of a list item sit two past its dash).
      const leading = /^ */.exec(line)![0].length;
      const aligned = leading % unit === 0 || (leading >= 2 && (leading - 2) % unit === 0);
      if (line.trim()) assert.ok(aligned, `${label} indents by ${leading} in a file indented by ${unit}`);
    }
    if (crlf) assert.doesNotMatch(edit.newText, /(^|[^\r])\n/, `${label} writes LF into a CRLF file`);
    // A whole top-level block: its first nested line is indented by exactly one step of the file.
    const block = /^(?:\r?\n)*[a-z_]+:\r?\n( *)\S/.exec(edit.newText);
    if (block) assert.equal(block[1].length, unit, `${label} nests by ${block[1].length} in a file indented by ${unit}`);
    // An edit is local: it spans at most the lines of the value it repairs.
    const spanned = text.slice(edit.range.start, edit.range.end).split('\n').length;
    assert.ok(spanned <= 3, `${label} replaces ${spanned} lines`);
  }
}

function checkAllFixes(text: string, where: string): number {
  let checked = 0;
  for (const finding of lintText(text).findings) {
    for (const fix of finding.fixes ?? []) {
      checkFix(text, finding, fix, where);
      checked++;
    }
  }
  return checked;
}

describe('every fix on the example plans', () => {
  const names = readdirSync(examplesDir).filter((name) => name.endsWith('.plan.yaml'));
  for (const name of names) {
    it(name, () => {
      checkAllFixes(readFileSync(path.join(examplesDir, name), 'utf8'), name);
    });
  }
  it('at least a handful of fixes exist on the seeds', () => {
    const total = names.reduce((sum, name) => sum + checkAllFixes(readFileSync(path.join(examplesDir, name), 'utf8'), name), 0);
    assert.ok(total >= 3, `only ${total} fixes`);
  });
});

// Generated plans: a complete plan, written in one of several styles, with some defects that have fixes.
interface Shape {
  indent: number;
  crlf: boolean;
  blankLines: boolean;
  comments: boolean;
  drop: ('kinh_phi' | 'bao_cao' | 'noi_nhan' | 'yeu_cau' | 'to_chuc_thuc_hien')[];
  wrongCode: boolean;
  archiveTypo: boolean;
  noTM: boolean;
  deputyWithoutKT: boolean;
  keyTypo: boolean;
  noCycle: boolean;
}

function render(shape: Shape): string {
  const pad = ' '.repeat(shape.indent);
  const sections: [string, string[]][] = [
    ['loai', ['loai: ke-hoach']],
    ['co_quan', ['co_quan: Ủy ban nhân dân xã Tiên Lãng']],
    ['so', [`so: /${shape.wrongCode ? 'QĐ' : 'KH'}-UBND`]],
    ['dia_danh', ['dia_danh: Tiên Lãng']],
    ['ngay', ['ngay: 2026-01']],
    ['trich_yeu', ['trich_yeu: Tuyên truyền cải cách hành chính nhà nước xã Tiên Lãng năm 2026']],
    ['muc_dich', ['muc_dich:', `${pad}- Nâng cao nhận thức.`]],
    ['yeu_cau', ['yeu_cau:', `${pad}- Kịp thời, chính xác.`]],
    ['noi_dung', ['noi_dung:', `${pad}- Tuyên truyền chủ trương.`]],
    ['kinh_phi', ['kinh_phi: Ngân sách xã năm 2026.']],
    ['to_chuc_thuc_hien', ['to_chuc_thuc_hien:', `${pad}- don_vi: Phòng Văn hóa - Xã hội`, `${pad}  nhiem_vu: Chủ trì.`]],
    ['bao_cao', ['bao_cao:', `${pad}- ${shape.noCycle ? 'Trên đây là Kế hoạch.' : 'Báo cáo hằng quý về Ủy ban nhân dân xã.'}`]],
    ['noi_nhan', ['noi_nhan:', `${pad}- Sở Nội vụ`, `${pad}- "Lưu: VT, ${shape.archiveTypo ? 'VHXX' : 'VHXH'}"`]],
    [
      'nguoi_ky',
      [
        'nguoi_ky:',
        ...(shape.noTM ? [] : [`${pad}thay_mat: ỦY BAN NHÂN DÂN`]),
        `${pad}chuc_vu: ${shape.deputyWithoutKT ? 'PHÓ CHỦ TỊCH' : 'CHỦ TỊCH'}`,
        `${pad}ho_ten: Nguyễn Văn A`,
      ],
    ],
    ['nhiem_vu_cu_the', ['nhiem_vu_cu_the: Các cơ quan thực hiện nhiệm vụ tại Phụ lục.']],
    ['nhiem_vu', ['nhiem_vu:', `${pad}- ten: Khảo sát`, `${pad}  ${shape.keyTypo ? 'chu_tr' : 'chu_tri'}: Phòng Văn hóa - Xã hội`, `${pad}  thoi_gian: Quý IV/2026`]],
  ];
  const blocks = sections
    .filter(([key]) => !(shape.drop as string[]).includes(key))
    .map(([key, lines]) => (shape.comments ? [`# ${key}: ghi chú của người soạn`, ...lines] : lines).join('\n'));
  const text = blocks.join(shape.blankLines ? '\n\n' : '\n') + '\n';
  return shape.crlf ? text.replace(/\n/g, '\r\n') : text;
}

const shapes = fc.record<Shape>({
  indent: fc.constantFrom(2, 4),
  crlf: fc.boolean(),
  blankLines: fc.boolean(),
  comments: fc.boolean(),
  drop: fc.subarray(['kinh_phi', 'bao_cao', 'noi_nhan', 'yeu_cau', 'to_chuc_thuc_hien'] as const),
  wrongCode: fc.boolean(),
  archiveTypo: fc.boolean(),
  noTM: fc.boolean(),
  deputyWithoutKT: fc.boolean(),
  keyTypo: fc.boolean(),
  noCycle: fc.boolean(),
});

describe('every fix on generated plans', () => {
  it('keeps the guarantees for 150 plans in several styles', () => {
    const rules = new Set<string>();
    let checked = 0;
    fc.assert(
      fc.property(shapes, (shape) => {
        const text = render(shape);
        assert.deepEqual(parsePlan(text).yamlErrors, []);
        checked += checkAllFixes(text, JSON.stringify(shape));
        for (const finding of lintText(text).findings) if (finding.fixes?.length) rules.add(finding.ruleId);
      }),
      { numRuns: 150, seed: 20261121 },
    );
    // The generator must reach the fixes it is meant to test.
    assert.ok(checked > 300, `only ${checked} fixes checked`);
    for (const id of ['doc/missing-section', 'doc/symbol-type', 'doc/archive-missing', 'doc/signer', 'schema/unknown-key']) assert.ok(rules.has(id), `no ${id} fix generated`);
  });

  it('fix all leaves no fixable finding and changes nothing in a clean plan', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const text = render(shape);
        const result = fixAll(text);
        assert.deepEqual(parsePlan(result.text).yamlErrors, []);
        const left = lintText(result.text).findings.filter((f) => (f.fixes ?? []).some((fix) => fix.edits.every((e) => e.file === undefined) && fix.isPreferred !== false));
        assert.deepEqual(left.map((f) => f.ruleId), [], result.text);
        assert.deepEqual(comments(result.text), comments(text));
      }),
      { numRuns: 80, seed: 7 },
    );
    const clean = render({ indent: 2, crlf: false, blankLines: true, comments: true, drop: [], wrongCode: false, archiveTypo: false, noTM: false, deputyWithoutKT: false, keyTypo: false, noCycle: false });
    assert.equal(fixAll(clean).text, clean);
  });
});
