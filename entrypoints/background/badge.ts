/** The badge shows how many distinct entities the page mentions; nothing when none. */
export function badgeText(counts: Record<string, number>): string {
  const entities = Object.values(counts).filter((count) => count > 0).length;
  if (entities === 0) return '';
  return entities > 99 ? '99+' : String(entities);
}
