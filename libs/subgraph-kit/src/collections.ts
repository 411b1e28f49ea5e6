/** Rows grouped by a key, each group in the rows' order (the answer of a batched field loader). */
export function groupBy<T, V>(rows: readonly T[], key: (row: T) => string, value: (row: T) => V): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const row of rows) {
    const list = out.get(key(row)) ?? [];
    list.push(value(row));
    out.set(key(row), list);
  }
  return out;
}
