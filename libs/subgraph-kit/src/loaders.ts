import DataLoader from 'dataloader';

const LOADERS = Symbol('loaders');
type WithLoaders = { [LOADERS]?: Map<string, DataLoader<string, unknown>> };

/**
 * A per-request DataLoader, created on first use and kept on the context, so a field resolved
 * for every row of a list costs one batched query instead of one per row.
 */
export function requestLoader<V>(
  ctx: object,
  name: string,
  batch: (keys: readonly string[]) => Promise<Map<string, V>>,
  fallback: V,
): DataLoader<string, V> {
  const holder = ctx as WithLoaders;
  holder[LOADERS] ??= new Map();
  let loader = holder[LOADERS].get(name) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V>(async (keys) => {
      const found = await batch(keys);
      return keys.map((k) => (found.has(k) ? (found.get(k) as V) : fallback));
    });
    holder[LOADERS].set(name, loader as DataLoader<string, unknown>);
  }
  return loader;
}
