// The project's `.kehoach.yaml` (rule severities), read from each workspace folder root as data only.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME, LineIndex, parseConfig, type Language, type Severity } from '../../core/src';

export class ProjectConfig {
  private severities: Record<string, Severity | 'off'> = {};
  private published = new Set<string>();
  /** Bumped on every reload, so cached results checked under an older config are redone. */
  version = 0;

  constructor(private readonly connection: Connection) {}

  /** Re-reads the config files of these folders (file: URIs) and publishes their own problems. */
  reload(folderUris: readonly string[], lang: Language): void {
    const severities: Record<string, Severity | 'off'> = {};
    const published = new Set<string>();
    for (const folder of folderUris) {
      if (!folder.startsWith('file:')) continue;
      const file = path.join(fileURLToPath(folder), CONFIG_FILE_NAME);
      const uri = pathToFileURL(file).href;
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue; // no config file: defaults
      }
      const config = parseConfig(text, lang);
      Object.assign(severities, config.severities);
      const lines = new LineIndex(text);
      const diagnostics: Diagnostic[] = config.problems.map((problem) => ({
        range: lines.rangeOf(problem.range),
        severity: DiagnosticSeverity.Error,
        source: 'kehoach',
        message: problem.message,
      }));
      void this.connection.sendDiagnostics({ uri, diagnostics });
      published.add(uri);
      if (diagnostics.length > 0) this.connection.console.warn(`kehoach: ${file}: ${diagnostics.length} problem(s) in the config file`);
    }
    // A config file that was fixed or removed loses its old diagnostics.
    for (const uri of this.published) if (!published.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published = published;
    this.severities = severities;
    this.version++;
  }

  /** Severities from the project file, overridden by the user's `kehoach.rules` setting. */
  merged(settingRules: Record<string, unknown> | undefined): Record<string, Severity | 'off'> {
    const merged = { ...this.severities };
    for (const [id, level] of Object.entries(settingRules ?? {})) {
      if (typeof level === 'string' && ['error', 'warning', 'information', 'hint', 'off'].includes(level)) merged[id] = level as Severity | 'off';
    }
    return merged;
  }
}
