import * as path from 'node:path';

/** The repository root (tests run from out/test/...). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const examplesDir = path.join(repoRoot, 'examples');
export const expectationsDir = path.join(repoRoot, 'test', 'expectations');
