/** Binary searches over arrays sorted by a numeric position. */

/** The index of the first item whose position is at least `at` (`sorted.length` when none is). */
export function firstAtOrAfter<T>(sorted: readonly T[], position: (item: T) => number, at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (position(sorted[mid]) >= at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The index of the last item whose position is at most `at` (0 when none is: the first item). */
export function lastAtOrBefore<T>(sorted: readonly T[], position: (item: T) => number, at: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (position(sorted[mid]) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
