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
