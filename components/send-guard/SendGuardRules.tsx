import { useEffect, useState } from 'react';
import { SHOP_BANNED_RULE, shopBannedTerms, withShopBannedTerms } from '@/utils/send-guard/shop-terms';
import type { MessageKey } from '@/utils/i18n';
import { BUILT_IN_VARIANTS, parseVariantLines, VARIANT_RULE_NAMES, VARIANT_RULES, variantLines } from '@/utils/send-guard/variants';
import type { Severity } from '@/utils/model';
import { lintPolicyStore, teamRulesStore } from '@/utils/storage';
import { settings, t } from '@/utils/state/settings';
import { ruleMessageText } from '@/utils/send-guard/rule-text';
import { ruleZh as RULE_NAMES } from '@/utils/i18n/send-guard-messages';
import { useStoredValue } from '../dashboard/use-stored-value';
import { SaveBar, type SaveStatus } from '../dashboard/SaveBar';
import { useSignals } from '@preact/signals-react/runtime';
import { managedRuleLocked } from '@/utils/policy/managed-overlay';
import { managedPolicy } from '@/utils/state/team';
import { ManagedLock } from '../dashboard/ManagedLock';

/** A rule's name in the UI language; a lead's own rule id stays as it is. */
const ruleName = (id: string, tr: (key: MessageKey) => string) => (`rule.${id}` in RULE_NAMES ? tr(`rule.${id}` as MessageKey) : id);

/** The send-guard policy: each rule on/off and block/warn, and the shop's own banned words. */
export function SendGuardRules() {
  useSignals();
  const tr = t.value;
  const managed = managedPolicy.value;
  const [policy, setPolicy] = useStoredValue(lintPolicyStore);
  const [teamRules, setTeamRules] = useStoredValue(teamRulesStore);
  const [terms, setTerms] = useState<string | null>(null);
  const [variants, setVariants] = useState<string | null>(null);
  const [status, setStatus] = useState<SaveStatus>(null);
  useEffect(() => {
    if (policy && terms === null) setTerms(shopBannedTerms(policy).join('\n'));
    if (policy && variants === null) setVariants(variantLines(policy.variants, settings.value.uiLanguage));
  }, [policy, terms, variants]);
  if (!policy || !teamRules || terms === null || variants === null) return <p className="dash-muted">{tr('dash.loading')}</p>;

  const ruleNames = VARIANT_RULES.map((ruleId) => VARIANT_RULE_NAMES[ruleId]![settings.value.uiLanguage]).join(' / ');
  const setRule = (id: string, patch: { enabled?: boolean; severity?: Severity }) => setPolicy({ ...policy, rules: { ...policy.rules, [id]: { ...policy.rules[id]!, ...patch } } });
  const save = async () => {
    try {
      const parsed = parseVariantLines(variants);
      if (!parsed.ok)
        return setStatus({
          ok: false,
          text: tr('rules.invalid', {
            where: tr('rules.variantsLine', { line: parsed.line }),
            message: parsed.problem === 'length' ? tr('rules.variantLength') : tr('rules.variantRule', { names: ruleNames }),
          }),
        });
      const next = { ...withShopBannedTerms(policy, terms.split('\n')), variants: parsed.variants };
      await lintPolicyStore.save(next);
      setPolicy(next);
      setStatus({ ok: true, text: tr('rules.saved') });
    } catch (error) {
      setStatus({ ok: false, text: tr('rules.invalid', { where: '', message: (error as Error).message.slice(0, 200) }) });
    }
  };

  return (
    <section className="dash-rules-block" data-testid="rules-guard">
      <h3>{tr('rules.policy')}</h3>
      <table className="dash-rule-table">
        <tbody>
          {Object.entries(policy.rules).map(([id, rule]) => (
            <tr key={id} data-rule-id={id} data-managed={managedRuleLocked(managed, id) || undefined}>
              <td>
                <input type="checkbox" checked={rule.enabled} disabled={managedRuleLocked(managed, id)} onChange={(e) => setRule(id, { enabled: e.target.checked })} aria-label={ruleName(id, tr)} />
              </td>
              <td>
                {ruleName(id, tr)}
                {managedRuleLocked(managed, id) && (
                  <>
                    {' '}
                    <ManagedLock name={id} />
                  </>
                )}
              </td>
              <td>
                <select
                  value={rule.severity}
                  disabled={managedRuleLocked(managed, id)}
                  onChange={(e) => setRule(id, { severity: e.target.value as Severity })}
                  aria-label={tr('severity.of', { rule: ruleName(id, tr) })}
                >
                  <option value="block">{tr('severity.block')}</option>
                  <option value="warn">{tr('severity.warn')}</option>
                </select>
              </td>
              <td>{ruleMessageText(id, rule.message, settings.value.uiLanguage)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className="dash-block-label">
        {tr('rules.bannedTerms')}
        <textarea rows={5} value={terms} onChange={(e) => setTerms(e.target.value)} data-testid="rules-banned-terms" />
      </label>
      {/* The count is of what the box holds now, beside the built-in terms it does not show. */}
      <p className="dash-muted" data-testid="rules-terms-count">
        {tr('rules.shopTerms', {
          shop: new Set(
            terms
              .split('\n')
              .map((x) => x.trim())
              .filter(Boolean),
          ).size,
          builtIn: policy.lexicon.filter((x) => x.ruleId !== SHOP_BANNED_RULE).length,
        })}
      </p>
      <label className="dash-block-label">
        {tr('rules.variants')}
        <textarea
          rows={4}
          value={variants}
          onChange={(e) => setVariants(e.target.value)}
          placeholder={`绿泡泡 ${VARIANT_RULE_NAMES['diversion.wechat']![settings.value.uiLanguage]}`}
          data-testid="rules-variants"
        />
      </label>
      <p className="dash-muted">{tr('rules.variantsHint', { count: BUILT_IN_VARIANTS.length })}</p>
      <label>
        <input
          type="checkbox"
          checked={teamRules.logMessageText}
          disabled={managed.teamRules?.logMessageText !== undefined}
          onChange={(e) => {
            const next = { ...teamRules, logMessageText: e.target.checked };
            setTeamRules(next);
            void teamRulesStore.save(next);
          }}
          data-testid="rules-log-text"
        />{' '}
        {tr('rules.logText')}
        {managed.teamRules?.logMessageText !== undefined && (
          <>
            {' '}
            <ManagedLock name="teamRules.logMessageText" />
          </>
        )}
      </label>
      <br />
      <SaveBar name="guard" status={status} onSave={() => void save()} />
    </section>
  );
}
