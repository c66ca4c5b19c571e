/** Where two lists differ: [start, oldEnd) of `before` became [start, newEnd) of `after`; undefined when equal. */
export function changedRun<T>(before: readonly T[], after: readonly T[], same: (a: T, b: T) => boolean): { start: number; oldEnd: number; newEnd: number } | undefined {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && same(before[start], after[start])) start++;
  if (start === before.length && start === after.length) return undefined;
  let tail = 0;
  while (tail < limit - start && same(before[before.length - 1 - tail], after[after.length - 1 - tail])) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}
