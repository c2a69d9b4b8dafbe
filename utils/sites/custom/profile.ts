import { siteProfileSchema, type CustomSite, type SiteProfile } from '../../model';

/** A rule id of its own per site (KPI columns are keyed by rule): `custom-erp-x-com` → `leadErpXCom`. */
const ruleId = (siteId: string) => `lead${siteId.slice('custom-'.length).replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase())}`.slice(0, 40);

/** A lead's site as a profile like any built-in one, so the timer, the KPIs and the guard treat it the same way. */
export function customProfile(site: CustomSite): SiteProfile {
  const origins = [...new Set(site.pages.map((p) => new URL(p.urlPattern.slice(0, -1)).origin))];
  const minutes = Math.round(site.replyWithinSec / 6) / 10;
  return siteProfileSchema.parse({
    id: site.id,
    name: { 'zh-CN': site.name, en: site.name },
    origins,
    pages: site.pages.map((p) => ({ kind: p.kind, adapterId: `${site.id}.${p.kind}`, match: [p.urlPattern], examples: [p.urlPattern.slice(0, -1)], enterSends: p.enterSends })),
    // Nothing is known of the backend's own remark: the shop's format and the longest limit any marketplace has.
    remark: { flags: [], maxLength: 500, save: 'overwrite', recordsOperator: false },
    waitThreshold: { warnSec: Math.max(10, Math.round(site.replyWithinSec / 2)), lateSec: Math.max(20, site.replyWithinSec) },
    kpiRules: [
      {
        id: ruleId(site.id),
        name: { 'zh-CN': `${site.name} 回复时效`, en: `${site.name} reply time` },
        definition: {
          'zh-CN': `组长设定：买家每一轮消息在 ${minutes} 分钟内得到回复即为及时（全天计算）。`,
          en: `Set by the lead: each round of buyer messages answered within ${minutes} min is on time (all day).`,
        },
        withinMs: site.replyWithinSec * 1000,
        fromHour: 0,
        toHour: 24,
        unit: 'round',
      },
    ],
    evidence: 'defined by a lead with the picker',
  });
}
