import { lintPolicySchema, type LintPolicy } from '../model';

/** The rule that owns the words a lead bans for the shop (on top of the default lexicon). */
export const SHOP_BANNED_RULE = 'shop.banned';

export function shopBannedTerms(policy: LintPolicy): string[] {
  return policy.lexicon.filter((t) => t.ruleId === SHOP_BANNED_RULE).map((t) => t.term);
}

/** The policy with the shop's banned words replaced by `terms` (trimmed, deduplicated, blank lines dropped). */
export function withShopBannedTerms(policy: LintPolicy, terms: readonly string[]): LintPolicy {
  const unique = [...new Set(terms.map((t) => t.trim()).filter(Boolean))];
  return lintPolicySchema.parse({
    ...policy,
    rules: { [SHOP_BANNED_RULE]: { severity: 'block', enabled: true, message: '店铺禁用词 / a word this shop never sends' }, ...policy.rules },
    lexicon: [...policy.lexicon.filter((t) => t.ruleId !== SHOP_BANNED_RULE), ...unique.map((term) => ({ term, ruleId: SHOP_BANNED_RULE, severity: 'block' as const }))],
  });
}
