/** Compact JSON with one array element per line, so a diff of a regenerated file points at the country that changed. */
export function formatLinePerItem<T extends object>(value: T, arrayKey: keyof T & string): string {
  const items = value[arrayKey];
  if (!Array.isArray(items)) throw new Error(`${arrayKey} is not an array`);
  const head = JSON.stringify({ ...value, [arrayKey]: [] });
  const marker = `"${arrayKey}":[]`;
  const at = head.lastIndexOf(marker);
  if (at < 0) throw new Error(`could not place ${arrayKey}`);
  const body = items.map((item) => JSON.stringify(item)).join(',\n');
  return `${head.slice(0, at)}"${arrayKey}":[\n${body}\n]${head.slice(at + marker.length)}\n`;
}

export function formatLinePerEntry(items: readonly object[]): string {
  return `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]\n`;
}
