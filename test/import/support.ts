// Shared by the import tests: the seeds (verbatim copies of ../shared/seeds in fixtures/seeds), their
// hand-made conversions in examples/, a field-by-field diff of plain data, and LibreOffice.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../support/paths';

export const fixturesDir = path.join(repoRoot, 'test', 'import', 'fixtures');
export const seedsDir = path.join(fixturesDir, 'seeds');
export const sharedSeedsDir = path.resolve(repoRoot, '..', 'shared', 'seeds');

export interface AllowedDifference {
  /** Dotted path of the field ("tieu_de_phan.noi_dung_hinh_thuc"). */
  path: string;
  imported: unknown;
  expected: unknown;
  /** Why the importer and the hand-made conversion may differ here. */
  why: string;
}

export const SEEDS: { seed: string; example: string; allowed: AllowedDifference[] }[] = [
  { seed: '000_cf4105b9ebf2f87c.txt', example: 'seed-000-yet-kieu-2026.plan.yaml', allowed: [] },
  {
    seed: '002_b1663da4338020a2.txt',
    example: 'seed-002-ninh-giang-2025.plan.yaml',
    allowed: [
      {
        path: 'tieu_de_phan.noi_dung_hinh_thuc',
        imported: 'NỘI DUNG, HÌNH THỨC',
        expected: undefined,
        why: 'The source heads part II "II. NỘI DUNG, HÌNH THỨC" (a heading variant, domain.md §1). The hand-made conversion '
          + 'left it out, so it prints the default "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN"; the importer keeps the source\'s heading.',
      },
    ],
  },
  {
    seed: '003_7db4c0bcae4e6487.txt',
    example: 'seed-003-tien-lang-2026.plan.yaml',
    allowed: [
      {
        path: 'tieu_de_phan',
        imported: undefined,
        expected: { noi_dung_hinh_thuc: 'NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN' },
        why: 'The source\'s heading "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN" is the default heading of a part with Nội dung and '
          + 'Hình thức; the hand-made conversion states it anyway, the importer writes tieu_de_phan only for a heading that '
          + 'differs. Both print the same heading.',
      },
    ],
  },
];

export interface Difference {
  path: string;
  imported: unknown;
  expected: unknown;
}

/** Every leaf where two plain-data values differ (a missing key is `undefined`). */
export function differences(imported: unknown, expected: unknown, at = ''): Difference[] {
  if (JSON.stringify(imported) === JSON.stringify(expected)) return [];
  const bothObjects = imported !== null && expected !== null && typeof imported === 'object' && typeof expected === 'object'
    && Array.isArray(imported) === Array.isArray(expected);
  if (!bothObjects) return [{ path: at, imported, expected }];
  const keys = new Set([...Object.keys(imported as object), ...Object.keys(expected as object)]);
  return [...keys].flatMap((key) => differences(
    (imported as Record<string, unknown>)[key],
    (expected as Record<string, unknown>)[key],
    at ? `${at}.${key}` : key,
  ));
}

export function requireTool(name: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  assert.equal(found.status, 0, `${name} is missing: run scripts/install-render-tools.sh (as root)`);
}

/**
 * Converts files with LibreOffice headless (a private profile, so parallel runs do not clash); returns the
 * converted files' paths. `filter` is the output filter ("docx:MS Word 2007 XML"), `inFilter` the import one.
 */
export function soffice(files: string[], outDir: string, filter: string, inFilter?: string): string[] {
  const profile = mkdtempSync(path.join(tmpdir(), 'kehoach-lo-profile-'));
  try {
    execFileSync('soffice', [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      ...(inFilter ? [`--infilter=${inFilter}`] : []),
      '--convert-to', filter,
      '--outdir', outDir,
      ...files,
    ], { stdio: 'pipe', timeout: 180_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const extension = filter.split(':')[0];
  return files.map((file) => path.join(outDir, `${path.basename(file).replace(/\.[^.]+$/, '')}.${extension}`));
}
