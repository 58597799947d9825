/**
 * Size bounds for in-memory maps that grow with what people send (drafts,
 * remembered messages, abuse counters). Each owner keeps its own age limit;
 * this adds the size limit, so a flood of accounts cannot grow memory
 * without end: past `max`, the least recently set entries go first.
 */
export function setBounded<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  // Re-inserting moves the key to the end: Map iterates in insertion order.
  map.delete(key);
  map.set(key, value);
  while (map.size > max) {
    const oldest = map.keys().next();
    if (oldest.done) break;
    map.delete(oldest.value);
  }
}

/** The last `max` items of a list (the newest). */
export function lastItems<T>(items: readonly T[], max: number): T[] {
  return items.length > max ? items.slice(items.length - max) : [...items];
}
