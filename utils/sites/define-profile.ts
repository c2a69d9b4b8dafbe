import type { z } from 'zod';
import { lazyObject } from '../lazy-object';
import { kpiRuleSchema, siteProfileSchema, type SiteProfile } from '../model/site-profile';

type ProfileInput = z.input<typeof siteProfileSchema>;
type PageInput = ProfileInput['pages'][number];
type FieldInput = NonNullable<PageInput['fields']>[string];
type KpiRuleInput = z.input<typeof kpiRuleSchema>;

/**
 * What the shared readers fall back on for these fields when the site's selector finds nothing (define-adapter's
 * wrappers and fallbacks.ts): a profile names a field's fallback only where its adapter has one of its own.
 */
const SHARED_FALLBACKS: Readonly<Record<string, string>> = {
  buyerName: 'the conversation the list marks selected (ARIA)',
  replyBox: 'the one reply box on the page',
  sendButton: 'the control that says 发送',
  buyerMark: 'what the lead picks; none without class names',
  agentMark: 'what the lead picks; none without class names',
};

/** A field as a profile writes it: its selector alone (the shared fallback, if any, applies) or with its own fallback. */
export type FieldSpec = string | FieldInput;
export type PageSpec = Omit<PageInput, 'adapterId' | 'fields'> & { adapterId?: string; fields?: Record<string, FieldSpec> };
/** A rule counts rounds over the whole day unless it says otherwise. */
export type KpiRuleSpec = Omit<KpiRuleInput, 'fromHour' | 'toHour' | 'unit'> & Partial<Pick<KpiRuleInput, 'fromHour' | 'toHour' | 'unit'>>;
export type ProfileSpec = Omit<ProfileInput, 'pages' | 'remark' | 'kpiRules'> & {
  pages: PageSpec[];
  /** A platform without a seller note keeps the product's own: no flags, 500 characters, a save replaces it. */
  remark?: Partial<ProfileInput['remark']>;
  kpiRules: KpiRuleSpec[];
};

const NO_PLATFORM_REMARK: ProfileInput['remark'] = { flags: [], maxLength: 500, save: 'overwrite', recordsOperator: false };

function field(name: string, spec: FieldSpec): FieldInput {
  if (typeof spec !== 'string') return spec;
  const fallback = SHARED_FALLBACKS[name];
  return fallback ? { selector: spec, fallback } : { selector: spec };
}

function page(siteId: string, spec: PageSpec): PageInput {
  const { fields, ...rest } = spec;
  return {
    ...rest,
    adapterId: spec.adapterId ?? `${siteId}.${spec.kind}`,
    ...(fields ? { fields: Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, field(name, value)])) } : {}),
  };
}

const PROFILE_KEYS = Object.keys(siteProfileSchema.shape) as (keyof SiteProfile)[];

/**
 * A marketplace's profile with the defaults most of them share (adapter ids `<site>.<kind>`, the shared field
 * fallbacks, the product's own remark, rules over the whole day per round), checked by the schema as written out.
 * Checked on its first read, not when the module loads: every bundle holds every profile, and a page uses one or two
 * (issue 29). Its id and platform names are known unchecked (as written; the schema changes neither), so looking a
 * profile up by id checks only the one found; the profile tests read them all.
 */
export function defineProfile(spec: ProfileSpec): SiteProfile {
  const parse = () =>
    siteProfileSchema.parse({
      ...spec,
      pages: spec.pages.map((p) => page(spec.id, p)),
      remark: { ...NO_PLATFORM_REMARK, ...spec.remark },
      kpiRules: spec.kpiRules.map((rule) => ({ fromHour: 0, toHour: 24, unit: 'round', ...rule })),
    });
  // The send guard's built-in variants list every site's platform names when its module loads (send-guard/variants.ts).
  return lazyObject(PROFILE_KEYS, parse, { id: spec.id, platformNames: spec.platformNames ?? [] });
}
