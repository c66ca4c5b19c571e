/**
 * A bounded cache for a pure function of a string, shared by every check: when a plan is checked again after
 * one keystroke, all its other texts are found here. Two generations (the newer is searched first, a hit in the
 * older is carried over), so what recent checks used stays and the rest is dropped: memory stays bounded.
 * Cached values are shared between checks and must never be mutated by callers.
 */
export class StringMemo<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();
  /** Characters of the keys in `current`: a generation is also closed when its texts grow large. */
  private characters = 0;

  constructor(
    private readonly limit = 50000,
    private readonly characterLimit = 2_000_000,
  ) {}

  get(key: string, compute: (key: string) => T): T {
    // Very long texts are not kept (no plan field is this long; hostile input would fill the memory).
    if (key.length > MAX_KEY_LENGTH) return compute(key);
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
    this.characters += key.length;
    const value = this.current.get(key) as T;
    if (this.current.size >= this.limit || this.characters >= this.characterLimit) {
      this.previous = this.current;
      this.current = new Map();
      this.characters = 0;
    }
    return value;
  }

  clear(): void {
    this.current = new Map();
    this.previous = new Map();
    this.characters = 0;
  }
}

/**
 * A copy of `text` that holds on to nothing else: JavaScript engines represent a substring as a view of the string
 * it was cut from (a plan's value, of the whole plan). Concatenating then cutting makes a flat new string.
 */
export function ownCopy(text: string): string {
  return text.length < 16 ? text : (text + ' ').slice(0, -1);
}

const MAX_KEY_LENGTH = 20_000;

/** `fn` with its results kept in a StringMemo. */
export function memoizeString<T>(fn: (key: string) => T, limit?: number): (key: string) => T {
  const memo = new StringMemo<T>(limit);
  return (key) => memo.get(key, fn);
}
