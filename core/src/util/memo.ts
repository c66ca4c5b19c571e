/**
 * A bounded cache for a pure function of a string, shared by every check: when a plan is checked again after
 * one keystroke, all its other texts are found here. Two generations (the newer is searched first, a hit in the
 * older is carried over), so what recent checks used stays and the rest is dropped: memory stays bounded.
 * Cached values are shared between checks and must never be mutated by callers.
 */
export class StringMemo<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();

  constructor(private readonly limit = 50000) {}

  get(key: string, compute: (key: string) => T): T {
    const hit = this.current.get(key);
    if (hit !== undefined || this.current.has(key)) return hit as T;
    const old = this.previous.get(key);
    if (old !== undefined || this.previous.has(key)) {
      this.current.set(key, old as T);
    } else {
      // The key is copied before it is kept: a text cut from a document would keep the whole document alive.
      // `compute` gets the copy, so that what it derives from the text does not hold the document either.
      const own = ownCopy(key);
      this.current.set(own, compute(own));
    }
    const value = this.current.get(key) as T;
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

/**
 * A copy of `text` that holds on to nothing else: JavaScript engines represent a substring as a view of the string
 * it was cut from (a plan's value, of the whole plan). Concatenating then cutting makes a flat new string.
 */
export function ownCopy(text: string): string {
  return text.length < 16 ? text : (text + ' ').slice(0, -1);
}

/** `fn` with its results kept in a StringMemo. */
export function memoizeString<T>(fn: (key: string) => T, limit?: number): (key: string) => T {
  const memo = new StringMemo<T>(limit);
  return (key) => memo.get(key, fn);
}
