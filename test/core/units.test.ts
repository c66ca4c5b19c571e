// The unit registry, the normaliser, and how unit cells and running text are read.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { defaultUnitRegistry, isVagueUnitText, parsePlan, planUnits, STANDARD_UNITS, unitKey, UnitRegistry } from '../../core/src';
import { examplesDir, repoRoot } from '../support/paths';
import { MINIMAL_PLAN, planWithTasks } from '../support/plans';

describe('unitKey: the normaliser', () => {
  const same: [string, string][] = [
    ['Phòng Văn hóa - Xã hội', 'Phòng Văn hoá - Xã hội'],
    ['Phòng Văn hóa - Xã hội', 'Phòng Văn hóa, Xã hội'],
    ['Phòng Văn hóa - Xã hội', 'Phòng Văn hóa– Xã hội'],
    ['Phòng Văn hóa - Xã hội', 'phòng văn hóa – xã hội xã'],
    ['Phòng Văn hóa - Xã hội', 'Phòng VH-XH'],
    ['Phòng Văn hóa - Xã hội', 'Phòng VHXH'],
    ['Phòng Văn hóa - Xã hội', 'Phòng Văn hóa - Xã hội'.normalize('NFD')],
    ['Văn phòng HĐND và UBND xã', 'Văn phòng HĐND-UBND xã'],
    ['Văn phòng HĐND và UBND xã', 'Văn phòng HĐND- UBND xã'],
    ['Văn phòng HĐND và UBND xã', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã'],
    ['Văn phòng HĐND và UBND xã', 'Văn phòng HĐND và Uỷ ban nhân dân'],
    ['Trung tâm Phục vụ hành chính công xã', 'Trung tâm PVHCC xã'],
    ['Trung tâm Phục vụ hành chính công xã', 'Trung tâm Phục vụ hành chính công của xã'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội', 'Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội xã'],
  ];
  for (const [a, b] of same) it(`"${a}" = "${b}"`, () => assert.equal(unitKey(a), unitKey(b)));

  const different: [string, string][] = [
    ['Văn phòng HĐND và UBND xã', 'Văn phòng UBND xã'],
    ['Phòng Văn hóa - Xã hội', 'Phòng Văn hóa - Thông tin'],
    ['Phòng Kinh tế', 'Phòng Kinh tế, Hạ tầng và Đô thị'],
    ['Cổng Thông tin điện tử xã', 'Trang Thông tin điện tử xã'],
    ['Các tổ chức chính trị - xã hội', 'Các tổ chức chính trị'],
  ];
  for (const [a, b] of different) it(`"${a}" ≠ "${b}"`, () => assert.notEqual(unitKey(a), unitKey(b)));
});

describe('the unit registry', () => {
  const registry = defaultUnitRegistry();
  it('is data: every entry of core/data/units-*.json, ids unique, replacements and members resolvable', () => {
    const files = ['units-commune.json', 'units-hai-phong.json'].map((name) => JSON.parse(readFileSync(path.join(repoRoot, 'core', 'data', name), 'utf8')));
    const ids = files.flatMap((file) => file.units.map((unit: { id: string }) => unit.id));
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(registry.entries.length, ids.length);
    for (const entry of registry.entries) {
      assert.equal(entry.name, entry.name.normalize('NFC'), entry.id);
      if (entry.replacedBy) assert.ok(registry.entry(entry.replacedBy), entry.id);
      for (const member of entry.members ?? []) assert.ok(registry.entry(member), entry.id);
    }
  });
  it('offers the post-2025 offices as standard units, and no outdated name', () => {
    for (const name of ['Văn phòng HĐND và UBND xã', 'Phòng Kinh tế', 'Phòng Văn hóa - Xã hội', 'Trung tâm Phục vụ hành chính công xã']) assert.ok(STANDARD_UNITS.includes(name), name);
    assert.ok(!STANDARD_UNITS.includes('Bộ phận Tiếp nhận và Trả kết quả'));
    assert.ok(!STANDARD_UNITS.includes('Văn phòng Ủy ban nhân dân xã'));
  });
  it('takes province packs: a local name is known only with its pack', () => {
    const plan = parsePlan(planWithTasks('ten: A\nchu_tri: Trung tâm Văn hóa, Thể thao và Truyền thông xã\nthoi_gian: Quý I/2026'));
    const withPack = planUnits(plan).cells[0].refs[0];
    assert.equal(withPack.entry?.id, 'hai-phong/trung-tam-van-hoa-the-thao-truyen-thong');
    const baseOnly = new UnitRegistry(registry.packs.slice(0, 1));
    assert.equal(planUnits(plan, baseOnly).cells[0].refs[0].entry, undefined);
  });
});

/** Names of the units a cell is read as (canonical when known, as written otherwise). */
function cellUnits(cell: string, role: 'lead' | 'partner' = 'partner') {
  const row = role === 'lead' ? `ten: A\nchu_tri: ${JSON.stringify(cell)}` : `ten: A\nchu_tri: Phòng Kinh tế\nphoi_hop: ${JSON.stringify(cell)}`;
  const found = planUnits(parsePlan(planWithTasks(row))).cells.find((c) => c.role === role);
  assert.ok(found, 'cell not found');
  return found.refs.map((ref) => ref.entry?.name ?? `?${ref.surface}`);
}

describe('splitting unit cells with the registry (longest names first)', () => {
  const cases: [string, string[]][] = [
    ['Phòng Văn hóa, Xã hội', ['Phòng Văn hóa - Xã hội']],
    ['Phòng Văn hóa, Xã hội, Trung tâm dịch vụ sự nghiệp công', ['Phòng Văn hóa - Xã hội', 'Trung tâm Dịch vụ sự nghiệp công']],
    ['Phòng Kinh tế, Hạ tầng và Đô thị', ['Phòng Kinh tế, Hạ tầng và Đô thị']],
    ['Phòng Kinh tế; Phòng Văn hóa - Xã hội', ['Phòng Kinh tế', 'Phòng Văn hóa - Xã hội']],
    ['Phòng Văn hóa - Xã hội và Trung tâm Phục vụ hành chính công xã', ['Phòng Văn hóa - Xã hội', 'Trung tâm Phục vụ hành chính công xã']],
    ['Văn phòng HĐND và UBND xã', ['Văn phòng HĐND và UBND xã']],
    ['Trung tâm Văn hóa, Thể thao và Truyền thông xã', ['Trung tâm Văn hóa, Thể thao và Truyền thông xã']],
    ['Trung tâm PVHCC xã; Trung tâm Văn hóa, Thể thao và Truyền thông xã', ['Trung tâm Phục vụ hành chính công xã', 'Trung tâm Văn hóa, Thể thao và Truyền thông xã']],
    ['Các phòng chuyên môn UBND xã, Trung tâm dịch vụ sự nghiệp công; các cơ quan, đơn vị liên quan', ['Các phòng chuyên môn', 'Trung tâm Dịch vụ sự nghiệp công']],
    ['Hội Nông dân xã; Đoàn Thanh niên xã', ['?Hội Nông dân xã', '?Đoàn Thanh niên xã']],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội', ['Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội']],
    ['VHXH', ['Phòng Văn hóa - Xã hội']],
  ];
  for (const [cell, expected] of cases) it(JSON.stringify(cell), () => assert.deepEqual(cellUnits(cell), expected));

  it('an abbreviation two units share means the one the plan names elsewhere', () => {
    const text = readFileSync(path.join(examplesDir, 'seed-002-ninh-giang-2025.plan.yaml'), 'utf8');
    const ref = planUnits(parsePlan(text)).refs.find((candidate) => candidate.surface === 'Trung tâm Văn hóa, TT&TT xã');
    assert.equal(ref?.entry?.name, 'Trung tâm Văn hóa, Thể thao và Truyền thông xã');
  });
});

describe('vague groups', () => {
  for (const text of ['Các cơ quan, đơn vị', 'Các cơ quan, đơn vị liên quan', 'Các phòng chuyên môn UBND xã', 'Các phòng, ban, ngành', 'Đơn vị liên quan', 'các ngành']) {
    it(`"${text}" is vague`, () => assert.equal(isVagueUnitText(text), true));
  }
  for (const text of ['Phòng Kinh tế', 'Các tổ chức chính trị - xã hội xã', 'Các thôn', 'Ban Xây dựng Đảng', 'Trung tâm Phục vụ hành chính công xã']) {
    it(`"${text}" is not vague`, () => assert.equal(isVagueUnitText(text), false));
  }
});

describe('units named in the running text', () => {
  const textRefs = (sentence: string) => {
    const plan = parsePlan(`${MINIMAL_PLAN}kinh_phi: ${JSON.stringify(sentence)}\n`);
    return planUnits(plan).texts.map((ref) => [ref.surface, ref.entry?.id ?? ref.identity]);
  };
  it('finds proper names, with a trailing "xã" and the commune name', () => {
    assert.deepEqual(textRefs('Phối hợp với Phòng Văn hóa – Xã hội và Trung tâm Phục vụ hành chính công xã Tiên Lãng.'), [
      ['Phòng Văn hóa – Xã hội', 'phong-van-hoa-xa-hoi'],
      ['Trung tâm Phục vụ hành chính công xã Tiên Lãng', 'trung-tam-phuc-vu-hanh-chinh-cong'],
    ]);
  });
  it('ignores common nouns written in lower case', () => {
    assert.deepEqual(textRefs('Phát huy vai trò của các trung tâm dịch vụ sự nghiệp công.'), []);
  });
  it("does not read another level's body as the commune's", () => {
    assert.deepEqual(textRefs('Báo cáo Văn phòng HĐND và UBND huyện; Văn phòng UBND thành phố.'), []);
  });
  it('reads "Văn phòng UBND" as the outdated commune office only when "xã" follows', () => {
    assert.deepEqual(textRefs('Văn phòng UBND xã đăng tải tin bài.'), [['Văn phòng UBND xã', 'van-phong-ubnd']]);
  });
  it('leaves quoted titles alone', () => {
    assert.deepEqual(textRefs('Chuyên mục “Phòng Văn hóa, Xã hội với người dân”.'), []);
  });
  it('abbreviations alone ("VHXH") are unit names only in unit cells', () => {
    assert.deepEqual(textRefs('Lưu: VT, VHXH.'), []);
  });
  it('the commune and its level come from co_quan', () => {
    assert.deepEqual(planUnits(parsePlan(MINIMAL_PLAN)).commune, { level: 'xã', name: 'Tiên Lãng' });
    assert.deepEqual(planUnits(parsePlan(MINIMAL_PLAN.replace('xã Tiên Lãng', 'phường Lê Chân'))).commune, { level: 'phường', name: 'Lê Chân' });
  });
  it('never throws on odd plans', () => {
    for (const text of ['', 'nhiem_vu: 5\n', 'nhiem_vu:\n  - chu_tri: [a, b]\n', 'to_chuc_thuc_hien:\n  - don_vi: ""\n', `co_quan: "${'xã '.repeat(500)}"\n`, 'nhiem_vu:\n  - chu_tri: ",,,;;; và với"\n']) {
      const units = planUnits(parsePlan(text));
      assert.ok(Array.isArray(units.refs));
    }
  });
});
