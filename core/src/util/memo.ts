/**
 * A bounded cache for a pure function of a string, shared by every check: when a plan is checked again after
 * one keystroke, all its other texts are found here. Two generations (the newer is searched first, a hit in the
 * older is carried over), so what recent checks used stays and the rest is dropped: memory stays bounded.
 * Cached values are shared between checks and must never be mutated by callers.
 */
export class StringMemo<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();

  constructor(private readonly limit = 20000) {}

  get(key: string, compute: (key: string) => T): T {
    if (this.current.has(key)) return this.current.get(key) as T;
    const value = this.previous.has(key) ? (this.previous.get(key) as T) : compute(key);
    this.current.set(key, value);
    if (this.current.size >= this.limit) {
      this.previous = this.current;
      this.current = new Map();
    }
    return value;
  }

  clear(): void {
    this.current = new Map();
    this.previous = new Map();
  }
}

/** `fn` with its results kept in a StringMemo. */
export function memoizeString<T>(fn: (key: string) => T, limit?: number): (key: string) => T {
  const memo = new StringMemo<T>(limit);
  return (key) => memo.get(key, fn);
}
