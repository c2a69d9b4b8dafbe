/** Fields that are a set (pick one, the selector finds them all) and controls whose words may anchor them. */
const SETS = new Set(['messageRows', 'buyerMessages', 'agentMessages', 'orderRows', 'buyerMark', 'agentMark']);
const CONTROLS = new Set(['sendButton', 'remarkSave']);

export const fieldShape = (name: string): { many: boolean; byText: boolean } => ({ many: SETS.has(name), byText: CONTROLS.has(name) });

/** Fields that read badly first (missing, a fallback, a lead's fix that missed), then the rest in their order. */
export function fieldsWorstFirst(health: Record<string, string>, extra: readonly string[] = []): string[] {
  const rank = (via: string | undefined) => (via === 'missing' ? 0 : via === 'override-missed' ? 1 : via === 'fallback' ? 2 : 3);
  const names = [...new Set([...Object.keys(health), ...extra])];
  return names
    .map((name, i) => ({ name, i }))
    .sort((a, b) => rank(health[a.name]) - rank(health[b.name]) || a.i - b.i)
    .map((x) => x.name);
}
