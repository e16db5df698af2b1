/**
 * Remembers the last `size` results of a pure function of a string. Saran reads the same few
 * buyer messages on every page state (and splits, queries and matches each of them), so a message
 * is normalised and read once, not a dozen times. Callers must not change what it returns.
 */
export function memoByText<T>(fn: (text: string) => T, size = 500): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = fn(text);
    if (cache.size >= size) cache.delete(cache.keys().next().value!);
    cache.set(text, value);
    return value;
  };
}
