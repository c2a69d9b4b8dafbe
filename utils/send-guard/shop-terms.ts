import { lintPolicySchema, type LintPolicy } from '../model';

/** The rule that owns the words a lead bans for the shop (on top of the default lexicon). */
export const SHOP_BANNED_RULE = 'shop.banned';
/** As stored in the policy; shown in the UI language (rule-text.ts). */
export const SHOP_BANNED_MESSAGE = '店铺禁用词 / a word this shop never sends';

export function shopBannedTerms(policy: LintPolicy): string[] {
  return policy.lexicon.filter((t) => t.ruleId === SHOP_BANNED_RULE).map((t) => t.term);
}

/** The policy with the shop's banned words replaced by `terms` (trimmed, deduplicated, blank lines dropped). */
export function withShopBannedTerms(policy: LintPolicy, terms: readonly string[]): LintPolicy {
  const unique = [...new Set(terms.map((t) => t.trim()).filter(Boolean))];
  return lintPolicySchema.parse({
    ...policy,
    rules: { [SHOP_BANNED_RULE]: { severity: 'block', enabled: true, message: SHOP_BANNED_MESSAGE }, ...policy.rules },
    lexicon: [...policy.lexicon.filter((t) => t.ruleId !== SHOP_BANNED_RULE), ...unique.map((term) => ({ term, ruleId: SHOP_BANNED_RULE, severity: 'block' as const }))],
  });
}
