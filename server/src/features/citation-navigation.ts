// Go to definition on a citation opens the cited document's entry: the line of the commune registry
// (.kehoach/van-ban.yaml), the cited plan file's `so`, or the bundled pack in kehoach's sources. Find references on
// a citation (or on a plan's own `so`) lists every plan of the workspace that cites that document.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Location } from 'vscode-languageserver/node';
import { definitionAt, LineIndex, referencesAt } from '../../../core/src';
import type { Feature } from '../context';
import { pathToUri, uriToPath } from '../workspace';

/** The server runs from dist/; bundled packs live in core/data/ of the sources (not in a packaged extension). */
const SOURCES_ROOT = path.join(__dirname, '..');

export const citationNavigationFeature: Feature = ({ connection, documents, lintDocument, guarded }) => {
  connection.onDefinition((params) =>
    guarded<Location[]>('citation definition', [], () => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      const { plan, registry } = lintDocument(document);
      const target = definitionAt(plan, registry, plan.lines.offsetAt(params.position));
      if (!target?.uri) return [];
      if (target.range) return [{ uri: toUri(target.uri), range: target.range }];
      return bundledLocation(target.uri, target.match.entry.symbol);
    }),
  );

  connection.onReferences((params) =>
    guarded<Location[]>('citation references', [], () => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      const { plan, registry } = lintDocument(document);
      // In a workspace the plan is named by its path, as the workspace names its files.
      const self = (registry.workspace && uriToPath(document.uri)) || document.uri;
      return referencesAt(plan, registry, plan.lines.offsetAt(params.position), self, params.context.includeDeclaration).map((location) => ({
        uri: location.uri === self ? document.uri : toUri(location.uri),
        range: location.range,
      }));
    }),
  );
};

function toUri(file: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(file) && !/^[a-z]:[\\/]/i.test(file) ? file : pathToUri(file);
}

/** The entry's line in a bundled pack (core/data/registry-*.json), when the sources are there. */
function bundledLocation(relative: string, symbol: string): Location[] {
  const file = path.join(SOURCES_ROOT, relative);
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(`"so": ${JSON.stringify(symbol)}`);
  if (at < 0) return [];
  const lines = new LineIndex(text);
  const line = lines.positionAt(at).line;
  return [{ uri: pathToUri(file), range: { start: { line, character: 0 }, end: { line, character: lines.lineText(line).length } } }];
}
