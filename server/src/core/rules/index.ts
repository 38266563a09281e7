import type { Rule } from '../rule';

/** Every rule, in the order their findings are documented. */
export const RULES: readonly Rule[] = [
  // rules are added here, one import each
] as Rule[];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
