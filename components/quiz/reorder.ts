/** `list` with the element at `from` moved to `to`; out-of-range moves return the list unchanged. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return copy;
  const [moved] = copy.splice(from, 1);
  copy.splice(to, 0, moved);
  return copy;
}

/**
 * The order to display: the learner's saved order where it names known items, then any items it
 * misses in their presented order. A stale or tampered response can then never hide or duplicate an item.
 */
export function resolveOrder(presented: readonly string[], saved: readonly string[] | null | undefined): string[] {
  const kept: string[] = [];
  for (const id of saved ?? []) if (presented.includes(id) && !kept.includes(id)) kept.push(id);
  return [...kept, ...presented.filter((id) => !kept.includes(id))];
}
