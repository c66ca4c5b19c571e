// `.kehoach.yaml` for the CLI: the nearest one above each plan file, read as data only.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, LineIndex, parseConfig, type Language, type Severity } from '../../core/src';

export interface ConfigLookup {
  severitiesFor(file: string): Record<string, Severity | 'off'>;
  /** True when a config file had problems (already printed on stderr). */
  broken: boolean;
}

export function projectConfigs(lang: Language, explicit?: string): ConfigLookup {
  const byFile = new Map<string, Record<string, Severity | 'off'>>();
  const lookup: ConfigLookup = {
    broken: false,
    severitiesFor(file) {
      const config = explicit ?? nearestConfig(path.dirname(path.resolve(file)));
      if (!config) return {};
      let severities = byFile.get(config);
      if (!severities) {
        severities = read(config);
        byFile.set(config, severities);
      }
      return severities;
    },
  };
  const read = (file: string): Record<string, Severity | 'off'> => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      process.stderr.write(`kehoach: ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      lookup.broken = true;
      return {};
    }
    const config = parseConfig(text, lang);
    const lines = new LineIndex(text);
    for (const problem of config.problems) {
      const { line, character } = lines.positionAt(problem.range.start);
      process.stderr.write(`${path.relative(process.cwd(), file) || file}:${line + 1}:${character + 1}: ${lang === 'en' ? 'error' : 'lỗi'}: ${problem.message} [config]\n`);
      lookup.broken = true;
    }
    return config.severities;
  };
  return lookup;
}

function nearestConfig(dir: string): string | undefined {
  for (let current = dir; ; current = path.dirname(current)) {
    const candidate = path.join(current, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(current) === current) return undefined;
  }
}

/** Replaces a file's content through a temporary file and a rename, so a failure never leaves it half-written. */
export function writeFileAtomically(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.kehoach-${process.pid}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
