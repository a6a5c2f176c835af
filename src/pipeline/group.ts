/** Small collection helpers shared by the stages. */

/** Appends an item to its key's list, starting the list for a new key. In place: copying the list for each item grew with its square. */
export function addTo<K, T>(map: Map<K, T[]>, key: K, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** Items by key, in their order: one pass instead of a filter per key. */
export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) addTo(map, key(item), item);
  return map;
}

/** Where `x` goes in a list sorted by `value`: the index of the first item not below it (the length when none is), by halving. */
export function lowerBound<T>(list: ArrayLike<T>, x: number, value: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value(list[mid]!) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
