import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { findCitations, parsePlan } from '../../core/src';
import { examplesDir } from '../support/paths';

describe('citation parser (common form)', () => {
  it('reads type, symbol, short date, issuer and title', () => {
    const text = 'Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể';
    const [c] = findCitations(text);
    assert.equal(c.typeWord.text, 'Nghị quyết');
    assert.equal(c.symbol.text, '76/NQ-CP');
    assert.deepEqual([c.date?.day, c.date?.month, c.date?.year], [15, 7, 2021]);
    assert.equal(c.issuer?.text, 'Chính phủ');
    assert.equal(c.title?.text, 'ban hành Chương trình tổng thể');
    for (const part of [c.typeWord, c.symbol, c.date!, c.issuer!, c.title!]) assert.equal(text.slice(part.start, part.end), part.text);
  });

  it('reads the long date form', () => {
    const [c] = findCitations('Quyết định số 709/KH-UBND ngày 31 tháng 7 năm 2025 của Ủy ban nhân dân xã ban hành Kế hoạch');
    assert.deepEqual([c.date?.day, c.date?.month, c.date?.year], [31, 7, 2025]);
    assert.equal(c.issuer?.text, 'Ủy ban nhân dân xã');
  });

  it('reads every symbol kind', () => {
    const symbols = findCitations(
      'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020; Công văn số 4625/BNV-CCHC ngày 02/7/2025; Kết luận số 186-KL/TW ngày 29/8/2025; Nghị quyết số 1669/NQ-UBTVQH15',
    ).map((c) => c.symbol.text);
    assert.deepEqual(symbols, ['30/2020/NĐ-CP', '4625/BNV-CCHC', '186-KL/TW', '1669/NQ-UBTVQH15']);
  });

  it('reads several citations in one line, each with its own issuer', () => {
    const citations = findCitations(
      'Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành X; Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ về việc Y',
    );
    assert.deepEqual(citations.map((c) => c.issuer?.text), ['Chính phủ', 'Thủ tướng Chính phủ']);
    assert.deepEqual(citations.map((c) => c.title?.text), ['ban hành X', 'về việc Y']);
  });

  it('does not read quality standards or plain numbers as citations', () => {
    assert.deepEqual(findCitations('Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015 năm 2026'), []);
    assert.deepEqual(findCitations('Kế hoạch năm 2026 có 24 mô hình'), []);
  });

  it('parses every căn cứ / thực hiện entry of the example plans that cites by number', () => {
    let count = 0;
    for (const name of readdirSync(examplesDir).filter((n) => n.endsWith('.plan.yaml'))) {
      const plan = parsePlan(readFileSync(path.join(examplesDir, name), 'utf8'));
      for (const field of plan.model.legalBases) {
        const citations = findCitations(field.value);
        if (/ số \d/.test(field.value)) assert.ok(citations.length > 0, `${name}: ${field.value}`);
        for (const citation of citations) {
          count++;
          assert.ok(citation.date, `${name}: ${citation.symbol.text} has a date`);
          assert.ok(citation.issuer, `${name}: ${citation.symbol.text} has an issuer`);
          // Offsets map back to the exact symbol text in the file.
          assert.equal(plan.text.slice(field.offsetOf(citation.symbol.start), field.offsetOf(citation.symbol.end)), citation.symbol.text);
        }
      }
    }
    assert.ok(count >= 14, `only ${count} citations read`);
  });
});
