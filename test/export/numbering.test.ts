// Generated numbering and the date/number lines (domain.md §1, §6).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  BLANK, dateLine, dateParts, letterAt, letterMarker, longDate, numberLine, numberPhrase, romanNumeral, VIETNAMESE_LETTERS,
} from '../../core/src/document';

describe('Vietnamese enumeration letters', () => {
  it('follow a b c d đ e g h i k l m n o p q r s t u v x y (no f, j, w, z)', () => {
    assert.equal(VIETNAMESE_LETTERS.join(' '), 'a b c d đ e g h i k l m n o p q r s t u v x y');
    const first = Array.from({ length: 23 }, (_, i) => letterAt(i));
    assert.deepEqual(first, [...VIETNAMESE_LETTERS]);
    for (const missing of ['f', 'j', 'w', 'z']) assert.ok(!first.includes(missing), missing);
    assert.equal(letterMarker(4), 'đ)');
    assert.equal(letterMarker(5), 'e)');
    assert.equal(letterMarker(6), 'g)');
  });

  it('double after y instead of failing', () => {
    assert.equal(letterAt(22), 'y');
    assert.equal(letterAt(23), 'aa');
    assert.equal(letterAt(24), 'ab');
    assert.throws(() => letterAt(-1), RangeError);
  });

  it('number parts with Roman numerals', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 6, 9, 10, 14, 40].map(romanNumeral), ['I', 'II', 'III', 'IV', 'V', 'VI', 'IX', 'X', 'XIV', 'XL']);
    assert.throws(() => romanNumeral(0), RangeError);
  });
});

describe('date line', () => {
  it('pads days below 10 and the months January and February only', () => {
    assert.equal(dateLine('Tiên Lãng', '2026-01-09'), 'Tiên Lãng, ngày 09 tháng 01 năm 2026');
    assert.equal(dateLine('Tiên Lãng', '2026-02-28'), 'Tiên Lãng, ngày 28 tháng 02 năm 2026');
    assert.equal(dateLine('Tiên Lãng', '2026-03-05'), 'Tiên Lãng, ngày 05 tháng 3 năm 2026');
    assert.equal(dateLine('Tiên Lãng', '2025-12-10'), 'Tiên Lãng, ngày 10 tháng 12 năm 2025');
    assert.equal(dateLine('Tiên Lãng', '2025-10-01'), 'Tiên Lãng, ngày 01 tháng 10 năm 2025');
  });

  it('keeps a blank for the day of a draft (ngay: YYYY-MM)', () => {
    assert.equal(dateLine('Tiên Lãng', '2026-01'), 'Tiên Lãng, ngày     tháng 01 năm 2026');
    assert.equal(longDate(dateParts('2026-02')), 'ngày     tháng 02 năm 2026');
    assert.equal(BLANK, '     ');
  });

  it('prints blanks, not garbage, for a missing or malformed date', () => {
    assert.equal(dateLine(undefined, undefined), '……, ngày     tháng     năm     ');
    assert.equal(longDate(dateParts('2026-13-01')), 'ngày     tháng     năm 2026');
    assert.equal(longDate(dateParts('hôm nay')), 'ngày     tháng     năm     ');
  });
});

describe('number line', () => {
  it('prints the number and symbol, or a blank before the slash for a draft', () => {
    assert.equal(numberLine('12/KH-UBND', 'KH-UBND'), 'Số: 12/KH-UBND');
    assert.equal(numberLine('/KH-UBND', 'KH-UBND'), 'Số:     /KH-UBND');
    assert.equal(numberLine(' 12 / KH-UBND ', 'KH-UBND'), 'Số: 12/KH-UBND');
    assert.equal(numberLine(undefined, 'QĐ-UBND'), 'Số:     /QĐ-UBND');
    assert.equal(numberPhrase('/QĐ-UBND', 'QĐ-UBND'), 'số     /QĐ-UBND');
    assert.equal(numberPhrase('5/QĐ-UBND', 'QĐ-UBND'), 'số 5/QĐ-UBND');
  });
});
