/**
 * `make(key)`, made once per key object and kept as long as the key lives (a WeakMap memo). For values that depend
 * only on the key, so a growing story's unchanged objects give back the same value object.
 */
export function keptPer<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const kept = new WeakMap<K, V>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined) {
      value = make(key);
      kept.set(key, value);
    }
    return value;
  };
}
