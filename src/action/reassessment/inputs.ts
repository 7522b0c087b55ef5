/** A comma- or newline-separated action input as a clean list: trimmed, no empties, no duplicates. */
export function listInput(value: string, options: { stripAt?: boolean } = {}): string[] {
  const items = value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .map((item) => (options.stripAt ? item.replace(/^@/, "") : item))
    .filter(Boolean);
  return [...new Set(items)];
}
