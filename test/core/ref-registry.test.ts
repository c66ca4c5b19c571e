// Registries: the bundled packs, reading a commune registry file (with located problems for bad input), the
// layered lookup (local symbols told apart by place, Luật by name), the province choice, the workspace layer
// (plans as documents) and the edit that adds a document to the commune registry.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { parsePlan, readRegistryFile, registryProblemMessage, Registry, Workspace, type RegistryLayer } from '../../core/src';
import { dateProblem, parseIsoDate } from '../../core/src/citations/dates';
import { codeOfTypeWord, parseSymbol } from '../../core/src/citations/symbol';
import { addToRegistryEdits } from '../../core/src/registry/registry-edit';
import { chooseProvince, nationalLayer, provinceLayers, registryForPlan } from '../../core/src/registry/registry';
import type { TextEdit } from '../../core/src/types';
import { repoRoot } from '../support/paths';
import { MINIMAL_PLAN } from '../support/plans';

const dataDir = path.join(repoRoot, 'core', 'data');
const registryFiles = readdirSync(dataDir).filter((name) => /^registry-.*\.json$/.test(name));

function apply(text: string, edits: TextEdit[]): string {
  return [...edits].sort((a, b) => b.range.start - a.range.start).reduce((acc, edit) => acc.slice(0, edit.range.start) + edit.newText + acc.slice(edit.range.end), text);
}

function problemsOf(text: string) {
  const file = readRegistryFile('/w/.kehoach/van-ban.yaml', text);
  return file.problems.map((p) => ({ line: p.position.start.line + 1, key: p.messageKey, vi: registryProblemMessage(p, 'vi'), en: registryProblemMessage(p, 'en') }));
}

describe('bundled registries', () => {
  it('there is a national registry and the Hải Phòng pack', () => {
    assert.deepEqual(registryFiles.sort(), ['registry-hai-phong.json', 'registry-national.json']);
  });

  for (const name of registryFiles) {
    it(`${name} is valid against schemas/registry.schema.json and consistent`, () => {
      const text = readFileSync(path.join(dataDir, name), 'utf8');
      const file = readRegistryFile(name, text);
      assert.deepEqual(file.problems.map((p) => registryProblemMessage(p, 'en')), []);
      assert.equal(file.entries.length, (JSON.parse(text) as { van_ban: unknown[] }).van_ban.length);
      const all = new Registry([...bundledLayersForTest()]);
      for (const entry of file.entries) {
        const symbol = parseSymbol(entry.symbol);
        assert.ok(symbol && !symbol.untidy && !symbol.grammarFix, `${entry.symbol} is a well-formed symbol`);
        const date = parseIsoDate(entry.date);
        assert.ok(date && !dateProblem(date), `${entry.symbol}: ${entry.date}`);
        if (symbol.typeCode) assert.equal(codeOfTypeWord(entry.type)?.toUpperCase(), symbol.typeCode.toUpperCase(), `${entry.symbol}: type word ${entry.type}`);
        if (entry.status === 'replaced') assert.ok(all.lookup(entry.replacedBy!), `${entry.symbol}: successor ${entry.replacedBy} is known`);
        assert.ok(entry.title && entry.issuer, entry.symbol);
      }
    });
  }

  it('holds the facts of domain.md §2 the seeds depend on', () => {
    const registry = new Registry(bundledLayersForTest());
    const dateOf = (symbol: string) => registry.lookup(symbol)?.entry.date;
    assert.equal(dateOf('247/QĐ-UBND'), '2026-01-20');
    assert.equal(dateOf('76/NQ-CP'), '2021-07-15');
    assert.equal(dateOf('1669/NQ-UBTVQH15'), '2025-06-16');
    assert.match(registry.lookup('1588/QĐ-TTg')!.entry.title!, /đến năm 2025, định hướng đến năm 2030/);
    assert.equal(registry.lookup('23/CT-TTg')?.entry.issuer, 'Thủ tướng Chính phủ');
  });
});

function bundledLayersForTest(): RegistryLayer[] {
  return [nationalLayer, ...provinceLayers];
}

describe('reading a registry file', () => {
  const good = [
    'tinh: thành phố Hải Phòng',
    'van_ban:',
    '  - loai: Kế hoạch',
    '    so: 01/KH-UBND',
    '    ngay: 2026-01-09',
    '    co_quan: Ủy ban nhân dân xã Tiên Lãng',
    '    trich_yeu: về cải cách hành chính xã Tiên Lãng năm 2026',
    '  - loai: Luật',
    '    so: 77/2015/QH13',
    '    ngay: 2015-06-19',
    '    co_quan: Quốc hội',
    '    trich_yeu: Luật Tổ chức chính quyền địa phương',
    '    hieu_luc: da-thay-the',
    '    thay_the_boi: 72/2025/QH15',
    '',
  ].join('\n');

  it('reads entries, the province and where each entry is written', () => {
    const file = readRegistryFile('/w/.kehoach/van-ban.yaml', good);
    assert.deepEqual(file.problems, []);
    assert.equal(file.province, 'thành phố Hải Phòng');
    assert.deepEqual(file.entries.map((e) => [e.type, e.symbol, e.date, e.issuer, e.status, e.replacedBy]), [
      ['Kế hoạch', '01/KH-UBND', '2026-01-09', 'Ủy ban nhân dân xã Tiên Lãng', 'in-force', undefined],
      ['Luật', '77/2015/QH13', '2015-06-19', 'Quốc hội', 'replaced', '72/2025/QH15'],
    ]);
    assert.equal(file.entries[1].source?.range.start.line, 7);
    assert.equal(file.entries[0].source?.uri, '/w/.kehoach/van-ban.yaml');
  });

  it('reads JSON too (the bundled format)', () => {
    const json = JSON.stringify({ van_ban: [{ loai: 'Nghị quyết', so: '76/NQ-CP', ngay: '2021-07-15', co_quan: 'Chính phủ' }] });
    assert.equal(readRegistryFile('x.json', json).entries.length, 1);
  });

  const bad: { name: string; text: string; problems: { line: number; key: string; vi?: RegExp }[]; entries?: number }[] = [
    { name: 'invalid YAML', text: 'van_ban:\n  - loai: [Quyết định\n', problems: [{ line: 3, key: 'registry.yaml' }] },
    { name: 'an empty file', text: '', problems: [{ line: 1, key: 'registry.root', vi: /van_ban/ }] },
    { name: 'a list instead of a mapping', text: '- loai: Quyết định\n', problems: [{ line: 1, key: 'registry.root' }] },
    { name: 'no van_ban', text: 'ten: Sổ\n', problems: [{ line: 1, key: 'registry.root' }] },
    { name: 'van_ban is not a list', text: 'van_ban: 5\n', problems: [{ line: 1, key: 'registry.type.list' }] },
    {
      name: 'a document without a date, the others kept',
      text: 'van_ban:\n  - loai: Quyết định\n    so: 1/QĐ-UBND\n    co_quan: UBND xã A\n  - loai: Quyết định\n    so: 2/QĐ-UBND\n    ngay: 2026-01-02\n    co_quan: UBND xã A\n',
      problems: [{ line: 2, key: 'registry.required', vi: /'ngay'/ }],
      entries: 1,
    },
    { name: 'a date written dd/mm/yyyy', text: 'van_ban:\n  - loai: Quyết định\n    so: 1/QĐ-UBND\n    ngay: 31/12/2025\n    co_quan: UBND xã A\n', problems: [{ line: 4, key: 'registry.pattern.date', vi: /YYYY-MM-DD/ }], entries: 0 },
    { name: 'a date that does not exist', text: 'van_ban:\n  - loai: Quyết định\n    so: 1/QĐ-UBND\n    ngay: 2025-02-30\n    co_quan: UBND xã A\n', problems: [{ line: 4, key: 'registry.invalidDate' }], entries: 0 },
    { name: 'a symbol with a space', text: 'van_ban:\n  - loai: Quyết định\n    so: 780 /QĐ-UBND\n    ngay: 2025-09-29\n    co_quan: UBND xã A\n', problems: [{ line: 3, key: 'registry.pattern.symbol' }], entries: 0 },
    { name: 'a misspelt key', text: 'van_ban:\n  - loai: Quyết định\n    so_hieu: 1/QĐ-UBND\n    ngay: 2025-09-29\n    co_quan: UBND xã A\n', problems: [{ line: 2, key: 'registry.required' }, { line: 3, key: 'registry.unknownKey', vi: /so_hieu.*trich_yeu/ }], entries: 0 },
    { name: 'a number where text is expected', text: 'van_ban:\n  - loai: 5\n    so: 1/QĐ-UBND\n    ngay: 2025-09-29\n    co_quan: UBND xã A\n', problems: [{ line: 2, key: 'registry.type.text' }], entries: 0 },
    { name: 'an unknown status', text: 'van_ban:\n  - loai: Luật\n    so: 1/2020/QH14\n    ngay: 2020-01-01\n    co_quan: Quốc hội\n    hieu_luc: cu\n', problems: [{ line: 6, key: 'registry.enum', vi: /da-thay-the/ }], entries: 0 },
    { name: 'replaced without a successor', text: 'van_ban:\n  - loai: Luật\n    so: 1/2020/QH14\n    ngay: 2020-01-01\n    co_quan: Quốc hội\n    hieu_luc: da-thay-the\n', problems: [{ line: 2, key: 'registry.required', vi: /thay_the_boi/ }], entries: 0 },
    {
      name: 'the same document twice',
      text: 'van_ban:\n  - loai: Quyết định\n    so: 1/QĐ-UBND\n    ngay: 2026-01-02\n    co_quan: UBND xã A\n  - loai: Quyết định\n    so: 1/QĐ-UBND\n    ngay: 2026-01-03\n    co_quan: UBND xã A\n',
      problems: [{ line: 7, key: 'registry.duplicate', vi: /dòng 2/ }],
      entries: 1,
    },
  ];
  for (const testCase of bad) {
    it(`locates the problem: ${testCase.name}`, () => {
      const problems = problemsOf(testCase.text);
      assert.deepEqual(problems.map((p) => ({ line: p.line, key: p.key })), testCase.problems.map(({ line, key }) => ({ line, key })), JSON.stringify(problems));
      testCase.problems.forEach((expected, i) => {
        if (expected.vi) assert.match(problems[i].vi, expected.vi);
        assert.notEqual(problems[i].vi, problems[i].en, 'both languages');
      });
      if (testCase.entries !== undefined) assert.equal(readRegistryFile('x', testCase.text).entries.length, testCase.entries);
    });
  }

  it('never throws, whatever the text', () => {
    for (const text of ['~', '[', '{', 'van_ban: [1, 2]', 'van_ban:\n  - ~\n', '\u0000\u0001', 'a: &a [*a]', '"\\', 'van_ban: {a: 1}', '---\n---\n']) {
      const file = readRegistryFile('x', text);
      assert.ok(file.problems.length > 0, JSON.stringify(text));
    }
  });
});

describe('looking documents up', () => {
  const communes: RegistryLayer = {
    layer: 'workspace',
    name: '.kehoach/van-ban.yaml',
    origin: 'registry-file',
    entries: [
      { type: 'Kế hoạch', symbol: '01/KH-UBND', date: '2026-01-09', issuer: 'Ủy ban nhân dân xã Tiên Lãng' },
      { type: 'Kế hoạch', symbol: '01/KH-UBND', date: '2026-01-05', issuer: 'Ủy ban nhân dân xã Yết Kiêu' },
    ],
  };
  const registry = new Registry([nationalLayer, ...provinceLayers, communes]);

  it('tells apart two communes\' documents with the same number by the cited issuer', () => {
    assert.equal(registry.resolveSymbol('01/KH-UBND', 'Ủy ban nhân dân xã Tiên Lãng', {}).match?.entry.date, '2026-01-09');
    assert.equal(registry.resolveSymbol('01/KH-UBND', 'UBND xã Yết Kiêu', {}).match?.entry.date, '2026-01-05');
  });

  it('reads "Ủy ban nhân dân xã" alone as the plan\'s own commune, "thành phố" alone as its province', () => {
    assert.equal(registry.resolveSymbol('01/KH-UBND', 'Ủy ban nhân dân xã', { commune: { level: 'xa', locality: 'yết kiêu' } }).match?.entry.date, '2026-01-05');
    assert.equal(registry.resolveSymbol('247/QĐ-UBND', 'Ủy ban nhân dân thành phố', { province: { level: 'thanh-pho', locality: 'hải phòng' } }).match?.entry.date, '2026-01-20');
    assert.equal(registry.resolveSymbol('247/QĐ-UBND', 'UBND tỉnh Nghệ An', {}).match, undefined);
    assert.equal(registry.resolveSymbol('247/QĐ-UBND', 'UBND tỉnh Nghệ An', {}).others.length, 1);
  });

  it('another commune\'s document with that number is not this one', () => {
    const found = registry.resolveSymbol('01/KH-UBND', 'Ủy ban nhân dân xã Ninh Giang', {});
    assert.equal(found.match, undefined);
    assert.equal(found.others.length, 2);
  });

  it('a national symbol names one document whatever the cited issuer', () => {
    assert.equal(registry.resolveSymbol('76/NQ-CP', 'Thủ tướng Chính phủ', {}).match?.entry.issuer, 'Chính phủ');
    assert.equal(registry.resolveSymbol('76/nq-cp', undefined, {}).match?.entry.symbol, '76/NQ-CP');
  });

  it('finds a Luật by name and date, by name and year, and prefers the one in force', () => {
    assert.equal(registry.resolveName('Tổ chức chính quyền địa phương', { year: 2025, month: 6, day: 16 }).match?.entry.symbol, '72/2025/QH15');
    assert.equal(registry.resolveName('Tổ chức chính quyền địa phương', { year: 2015 }).match?.entry.symbol, '77/2015/QH13');
    assert.equal(registry.resolveName('tổ chức chính quyền địa phương', undefined).match?.entry.symbol, '72/2025/QH15');
    assert.equal(registry.resolveName('Tổ chức chính quyền địa phương', { year: 2019, month: 11, day: 22 }).match, undefined, 'another year: another (amending) law');
    assert.equal(registry.resolveName('Đất đai', { year: 2024 }).match, undefined);
  });

  it('gives the successor of a replaced document', () => {
    const old = registry.lookup('76/2015/QH13')!;
    assert.equal(registry.successor(old)?.entry.symbol, '63/2025/QH15');
  });
});

describe('choosing the province pack', () => {
  const plan = (text: string) => parsePlan(text);
  it('by co_quan_chu_quan, by the plan\'s text, or explicitly', () => {
    assert.equal(chooseProvince(plan(`co_quan_chu_quan: ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG\n${MINIMAL_PLAN}`))?.name, 'thành phố Hải Phòng');
    assert.equal(chooseProvince(plan(MINIMAL_PLAN.replace('muc_dich:', 'muc_dich:') + 'kinh_phi: Ngân sách thành phố Hải Phòng\n'))?.name, 'thành phố Hải Phòng');
    assert.equal(chooseProvince(plan(MINIMAL_PLAN)), undefined);
    assert.equal(chooseProvince(plan(MINIMAL_PLAN), 'Hải Phòng')?.name, 'thành phố Hải Phòng');
    assert.equal(chooseProvince(plan(MINIMAL_PLAN), 'tỉnh Nghệ An')?.name, 'tỉnh Nghệ An');
  });

  it('an explicit province without a bundled pack searches no pack; no province searches them all', () => {
    const p = plan(MINIMAL_PLAN);
    assert.deepEqual(registryForPlan(p, { province: 'tỉnh Nghệ An' }).layers.map((l) => l.layer), ['national']);
    assert.deepEqual(registryForPlan(p).layers.map((l) => l.layer), ['national', 'province']);
    const ws = new Workspace({ registryFiles: [{ uri: '/w/.kehoach/van-ban.yaml', text: 'tinh: thành phố Hải Phòng\nvan_ban: []\n' }] });
    assert.equal(registryForPlan(p, { workspace: ws }).province?.name, 'thành phố Hải Phòng');
  });
});

describe('the workspace layer', () => {
  const numbered = MINIMAL_PLAN.replace('so: /KH-UBND', 'so: 15/KH-UBND').replace('ngay: 2026-01', 'ngay: 2026-01-20');
  const workspace = new Workspace({
    plans: [
      { uri: '/w/a.plan.yaml', text: numbered },
      { uri: '/w/draft.plan.yaml', text: MINIMAL_PLAN },
    ],
  });

  it('a numbered, dated plan is a known document; a draft is not', () => {
    assert.deepEqual(workspace.plans.map((p) => p.document?.symbol), ['15/KH-UBND', undefined]);
    const doc = workspace.plan('/w/a.plan.yaml')!.document!;
    assert.deepEqual([doc.type, doc.date, doc.issuer, doc.title], ['Kế hoạch', '2026-01-20', 'Ủy ban nhân dân xã Tiên Lãng', 'Tuyên truyền cải cách hành chính nhà nước xã Tiên Lãng năm 2026']);
    assert.equal(doc.source?.range.start.line, 2);
  });

  it('leaves the plan being checked out of its own registry', () => {
    const entries = (uri?: string) => workspace.layers(uri).flatMap((l) => l.entries.map((e) => e.symbol));
    assert.deepEqual(entries(), ['15/KH-UBND']);
    assert.deepEqual(entries('/w/a.plan.yaml'), []);
  });

  it('withPlans puts an editor\'s text in place of the saved one and reuses the rest', () => {
    const edited = workspace.withPlans([{ uri: '/w/a.plan.yaml', text: numbered.replace('15/KH-UBND', '16/KH-UBND') }]);
    assert.deepEqual(edited.plans.map((p) => p.document?.symbol), ['16/KH-UBND', undefined]);
    assert.equal(edited.plan('/w/draft.plan.yaml'), workspace.plan('/w/draft.plan.yaml'));
  });
});

describe('adding a document to the commune registry', () => {
  const entry = { loai: 'Nghị quyết', so: '268/NQ-CP', ngay: '2025-08-31', co_quan: 'Chính phủ', trich_yeu: 'về tình hình: triển khai' };
  const target = '/w/.kehoach/van-ban.yaml';
  const after = (text: string | undefined) => {
    const workspace = new Workspace({ registryTarget: target, registryFiles: text === undefined ? [] : [{ uri: target, text }] });
    const result = addToRegistryEdits(workspace, entry);
    assert.ok(result, 'an edit');
    assert.ok(result.edits.every((edit) => edit.file === target));
    return { result, text: apply(text ?? '', result.edits) };
  };

  for (const [name, text] of [
    ['a list indented by two', 'ten: Sổ\nvan_ban:\n  - loai: Kế hoạch\n    so: 01/KH-UBND\n    ngay: 2026-01-09\n    co_quan: UBND xã A\n# cuối\n'],
    ['a list at column 0, no final newline', 'van_ban:\n- loai: Kế hoạch\n  so: 01/KH-UBND\n  ngay: 2026-01-09\n  co_quan: UBND xã A'],
    ['an empty flow list', 'tinh: thành phố Hải Phòng\nvan_ban: []\n'],
    ['an empty key', 'van_ban:\n'],
    ['no list yet', 'tinh: thành phố Hải Phòng\n'],
  ] as const) {
    it(`appends to ${name}, leaving the rest as it was`, () => {
      const { text: updated } = after(text);
      const file = readRegistryFile(target, updated);
      assert.deepEqual(file.problems.map((p) => registryProblemMessage(p, 'en')), []);
      const added = file.entries.find((e) => e.symbol === '268/NQ-CP');
      assert.deepEqual([added?.type, added?.date, added?.issuer, added?.title], ['Nghị quyết', '2025-08-31', 'Chính phủ', 'về tình hình: triển khai']);
      assert.equal(file.entries.length, (parse(text)?.van_ban?.length ?? 0) + 1);
      if (text.includes('# cuối')) assert.ok(updated.includes('co_quan: UBND xã A\n  - loai: Nghị quyết'), updated);
    });
  }

  it('creates the file when the commune has none', () => {
    const { result, text } = after(undefined);
    assert.equal(result.edits[0].create, true);
    assert.equal(result.name, '.kehoach/van-ban.yaml');
    assert.deepEqual(readRegistryFile(target, text).entries.map((e) => e.symbol), ['268/NQ-CP']);
  });

  it('does not write into a file that is not valid YAML, nor without a target', () => {
    const broken = new Workspace({ registryTarget: target, registryFiles: [{ uri: target, text: 'van_ban: [\n' }] });
    assert.equal(addToRegistryEdits(broken, entry), undefined);
    assert.equal(addToRegistryEdits(new Workspace({}), entry), undefined);
  });
});

describe('registryForPlan from one keystroke to the next', () => {
  it('keeps the registry while only the checked plan changes, and makes a new one when another plan changes', () => {
    const own = '/ws/ke-hoach-a.plan.yaml';
    const other = '/ws/ke-hoach-b.plan.yaml';
    const otherText = MINIMAL_PLAN.replace(/^so: .*$/m, 'so: 7/KH-UBND').replace(/^ngay: .*$/m, 'ngay: 2026-01-20');
    const first = new Workspace({ plans: [{ uri: own, text: MINIMAL_PLAN }, { uri: other, text: otherText }] });
    const plan = parsePlan(MINIMAL_PLAN);
    const registry = registryForPlan(plan, { workspace: first, uri: own });
    assert.ok(registry.layers.some((layer) => layer.origin === 'plans' && layer.entries.length === 1), 'the other plan is a known document');
    // The server makes a new workspace at each keystroke in the open plan.
    const typed = first.withPlans([{ uri: own, text: `${MINIMAL_PLAN}# gõ thêm\n` }]);
    assert.notEqual(typed, first);
    assert.equal(registryForPlan(plan, { workspace: typed, uri: own }), registry);
    const otherEdited = typed.withPlans([{ uri: other, text: otherText.replace('so: 7/KH-UBND', 'so: 8/KH-UBND') }]);
    const next = registryForPlan(plan, { workspace: otherEdited, uri: own });
    assert.notEqual(next, registry);
    assert.ok(next.lookup('8/KH-UBND'), 'the edited plan is known under its new number');
  });
});
