import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { complete, defaultRegistry, hover, outline, parsePlan } from '../../core/src';
import { examplesDir } from '../support/paths';
import { MINIMAL_PLAN, planWithTasks } from '../support/plans';

/** Splits a text at its "|" cursor marker. */
function at(textWithCursor: string) {
  const offset = textWithCursor.indexOf('|');
  assert.ok(offset >= 0, 'cursor marker missing');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  return { plan: parsePlan(text), offset, text };
}

const labels = (textWithCursor: string, lang: 'vi' | 'en' = 'vi') => {
  const { plan, offset } = at(textWithCursor);
  return complete(plan, offset, lang).map((entry) => entry.label);
};

describe('completion of keys', () => {
  it('offers top-level keys not yet written, with their titles', () => {
    const { plan, offset } = at(MINIMAL_PLAN + 'tri|');
    const entries = complete(plan, offset, 'vi');
    const names = entries.map((e) => e.label);
    assert.ok(names.includes('trich_yeu') === false, 'trich_yeu is already present');
    assert.ok(names.includes('muc_dich'));
    assert.ok(names.includes('nhiem_vu'));
    assert.ok(!names.includes('loai'));
    const mucDich = entries.find((e) => e.label === 'muc_dich')!;
    assert.equal(mucDich.detail, 'Mục đích');
    assert.equal(mucDich.insertText, 'muc_dich:\n  - $0');
    // The typed prefix is replaced.
    assert.equal(mucDich.range.end - mucDich.range.start, 3);
  });

  it('offers task keys inside an appendix row, minus those present', () => {
    const names = labels(planWithTasks('ten: A\n|'));
    assert.ok(names.includes('chu_tri'));
    assert.ok(names.includes('thoi_gian'));
    assert.ok(!names.includes('ten'));
    assert.ok(!names.includes('loai'), 'top-level keys do not belong in a task');
  });

  it('offers task keys when starting a new row with "- "', () => {
    const names = labels(planWithTasks('ten: A\nchu_tri: B\nthoi_gian: Quý I/2026') + '  - |');
    assert.ok(names.includes('ten'), 'a new row starts empty');
    assert.ok(names.includes('chu_tri'));
  });

  it('offers signer keys inside nguoi_ky', () => {
    const names = labels(MINIMAL_PLAN.replace('  ho_ten: Nguyễn Văn A\n', '  |\n'));
    assert.deepEqual(names.sort(), ['ho_ten', 'ky_thay']);
  });

  it('offers decision keys inside quyet_dinh', () => {
    const names = labels('loai: quyet-dinh\nquyet_dinh:\n  |');
    assert.ok(names.includes('tham_quyen'));
    assert.ok(names.includes('dieu'));
  });

  it('speaks English when asked', () => {
    const { plan, offset } = at(MINIMAL_PLAN + '|');
    const entry = complete(plan, offset, 'en').find((e) => e.label === 'kinh_phi');
    assert.equal(entry?.detail, 'Budget');
  });

  it('offers nothing inside a comment', () => {
    assert.deepEqual(labels(MINIMAL_PLAN + '# ghi chú |'), []);
  });
});

describe('completion of values', () => {
  it('offers standard units and the plan’s own units for chu_tri', () => {
    const text = planWithTasks('ten: A\nchu_tri: Tổ Xung kích thôn 3\nthoi_gian: Quý I/2026', 'ten: B\nchu_tri: Phò|');
    const { plan, offset } = at(text);
    const entries = complete(plan, offset, 'vi');
    const names = entries.map((e) => e.label);
    assert.ok(names.includes('Phòng Văn hóa - Xã hội'));
    assert.ok(names.includes('Trung tâm Phục vụ hành chính công xã'));
    assert.ok(names.includes('Tổ Xung kích thôn 3'), 'units already in the plan come first');
    assert.ok(entries.findIndex((e) => e.label === 'Tổ Xung kích thôn 3') < entries.findIndex((e) => e.label === 'Phòng Kinh tế') || (entries.find((e) => e.label === 'Tổ Xung kích thôn 3')!.sortText! < entries.find((e) => e.label === 'Phòng Kinh tế')!.sortText!));
    const entry = entries.find((e) => e.label === 'Phòng Văn hóa - Xã hội')!;
    assert.equal(text.replace('|', '').slice(entry.range.start, entry.range.end), 'Phò');
  });

  it('offers units for list items of phoi_hop', () => {
    const names = labels(planWithTasks('ten: A\nchu_tri: B\nphoi_hop:\n  - |'));
    assert.ok(names.includes('Phòng Kinh tế'));
  });

  it('offers units for don_vi in to_chuc_thuc_hien', () => {
    const names = labels(MINIMAL_PLAN + 'to_chuc_thuc_hien:\n  - don_vi: |');
    assert.ok(names.includes('Văn phòng HĐND và UBND xã'));
  });

  it('offers the allowed values of loai, with a space after a bare colon', () => {
    const { plan, offset } = at('loai:|');
    const entries = complete(plan, offset, 'vi');
    assert.deepEqual(entries.map((e) => e.label).sort(), ['ke-hoach', 'quyet-dinh']);
    assert.equal(entries[0].insertText.startsWith(' '), true);
  });
});

describe('hover', () => {
  const registry = defaultRegistry();
  it('shows a key’s title and description', () => {
    const { plan, offset } = at(MINIMAL_PLAN.replace('trich_yeu:', 'trich_|yeu:'));
    const result = hover(plan, offset, 'vi', registry);
    assert.ok(result?.contents.includes('Trích yếu'));
    assert.ok(result?.contents.includes('kỳ kế hoạch') || result?.contents.includes('Kỳ kế hoạch'));
  });

  it('shows a task key inside an appendix row', () => {
    const { plan, offset } = at(planWithTasks('ten: A\nchu_|tri: B'));
    assert.ok(hover(plan, offset, 'vi', registry)?.contents.includes('Cơ quan chủ trì'));
  });

  it('shows the registry entry of a cited document', () => {
    const { plan, offset } = at(MINIMAL_PLAN.replace('76/NQ-CP', '76/NQ|-CP'));
    const result = hover(plan, offset, 'vi', registry);
    assert.ok(result, 'a hover is expected');
    assert.ok(result.contents.includes('15/7/2021'));
    assert.ok(result.contents.includes('Chính phủ'));
    assert.ok(result.contents.includes('còn hiệu lực'));
    const text = MINIMAL_PLAN;
    assert.ok(text.slice(result.range.start, result.range.end).startsWith('Nghị quyết số 76/NQ-CP'));
  });

  it('is silent on plain text', () => {
    const { plan, offset } = at(MINIMAL_PLAN.replace('Tiên Lãng\n', 'Tiên |Lãng\n'));
    assert.equal(hover(plan, offset, 'vi', registry), undefined);
  });
});

describe('outline', () => {
  it('lists sections, tasks and units of the clean example', () => {
    const text = readFileSync(path.join(examplesDir, 'ke-hoach-tuyen-truyen-cchc-2026.plan.yaml'), 'utf8');
    const items = outline(parsePlan(text), 'vi');
    const names = items.map((item) => item.name);
    for (const name of ['Căn cứ', 'Mục đích', 'Yêu cầu', 'Kinh phí thực hiện', 'Tổ chức thực hiện', 'Nhiệm vụ (phụ lục)', 'Người ký']) {
      assert.ok(names.includes(name), name);
    }
    const tasks = items.find((item) => item.name === 'Nhiệm vụ (phụ lục)')!;
    assert.equal(tasks.children.length, 4);
    assert.match(tasks.children[0].name, /^1\. Tuyên truyền/);
    assert.equal(tasks.children[0].detail, 'Phòng Văn hóa - Xã hội');
    const units = items.find((item) => item.name === 'Tổ chức thực hiện')!;
    assert.equal(units.children.length, 5);
    for (const item of items) assert.ok(item.selectionRange.start >= item.range.start && item.selectionRange.end <= item.range.end);
  });

  it('shows the decision part of a decision', () => {
    const text = readFileSync(path.join(examplesDir, 'seed-000-yet-kieu-2026.plan.yaml'), 'utf8');
    const decision = outline(parsePlan(text), 'vi').find((item) => item.detail === 'quyet_dinh');
    assert.ok(decision && decision.children.some((child) => child.detail === 'dieu'));
  });
});
