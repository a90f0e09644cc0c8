/**
 * A bounded memo of promises, for work whose answer depends only on its key (a key's import, a
 * status list's signature or bits): the first caller starts it, later callers share it. The
 * oldest entry goes first when the memo is full, and a promise that rejects is forgotten, so a
 * failure is never an answer for later.
 */
export function remember<K, V>(
  map: Map<K, Promise<V>>,
  key: K,
  make: () => Promise<V>,
  limit: number,
): Promise<V> {
  const hit = map.get(key);
  if (hit) return hit;
  const p = make();
  if (map.size >= limit) map.delete(map.keys().next().value as K);
  map.set(key, p);
  p.catch(() => map.delete(key));
  return p;
}
