// Several features answer go to definition and find references (units, citations). A connection accepts one
// handler per request, so features get a connection whose onDefinition / onReferences collect handlers; the
// answers of all of them are concatenated.
import type { Connection, Definition, Location, LocationLink } from 'vscode-languageserver/node';

type Handler = (...args: never[]) => unknown;

export function mergingConnection(connection: Connection): Connection {
  const handlers = new Map<string, Handler[]>();
  const merged = (method: 'onDefinition' | 'onReferences') =>
    (handler: Handler) => {
      const list = handlers.get(method);
      if (list) {
        list.push(handler);
        return { dispose: () => list.splice(list.indexOf(handler), 1) };
      }
      const all: Handler[] = [handler];
      handlers.set(method, all);
      const register = connection[method] as unknown as (h: (...args: unknown[]) => Promise<unknown>) => { dispose(): void };
      return register(async (...args: unknown[]) => {
        const answers = await Promise.all(all.map((h) => Promise.resolve((h as (...a: unknown[]) => unknown)(...args)).catch(() => undefined)));
        const locations: (Location | LocationLink)[] = [];
        for (const answer of answers) {
          if (Array.isArray(answer)) locations.push(...(answer as (Location | LocationLink)[]));
          else if (answer) locations.push(answer as Location);
        }
        return locations as Definition;
      });
    };
  return new Proxy(connection, {
    get(target, property, receiver) {
      if (property === 'onDefinition' || property === 'onReferences') return merged(property);
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
