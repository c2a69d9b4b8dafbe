import type { Finding, LintPolicy } from '../model';
import { AhoCorasick } from './aho-corasick';
import { missingApology } from './complaint';
import { DEFAULT_LINT_POLICY } from './default-policy';
import { findDiversion } from './diversion';
import { normalizeForMatch } from './normalize';
import { PATTERN_RULES } from './pattern-rules';
import { siteProfile } from '../sites/profiles';
import { isTrackingLink } from '../templates/tracking-link';
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/min';

interface Compiled {
  matcher: AhoCorasick;
  /** Patterns below this index are lexicon terms; the rest are ordinary words. */
  termCount: number;
}

const compiled = new WeakMap<LintPolicy, Compiled>();

function compile(policy: LintPolicy): Compiled {
  let c = compiled.get(policy);
  if (!c) {
    const patterns = [...policy.lexicon.map((t) => t.term.toLowerCase()), ...policy.ordinaryWords.map((w) => w.toLowerCase())];
    c = { matcher: new AhoCorasick(patterns), termCount: policy.lexicon.length };
    compiled.set(policy, c);
  }
  return c;
}

/**
 * Checks a reply before it is sent. Lexicon terms are found in one pass (Aho-Corasick) and dropped where
 * they sit inside an ordinary word; pattern rules cover numbers, ids, links, punctuation and tone.
 */
export interface LintContext {
  /** The marketplace the reply goes out on: its own name and its own links are not diversion there. */
  site?: string;
  /** The buyer's latest message is a complaint (utils/send-guard/complaint.ts): an English/Russian reply should apologise. */
  buyerComplaint?: boolean;
  /** The shop's market (ISO code, from the page's host): its national phone format counts as a phone number too. */
  country?: string;
}

/** libphonenumber's name for a market code (the UK's is GB). */
function phoneCountry(code: string | undefined): CountryCode | undefined {
  const iso = code === 'UK' ? 'GB' : code;
  return iso && isSupportedCountry(iso) ? iso : undefined;
}

export function lintReply(text: string, policy: LintPolicy = DEFAULT_LINT_POLICY, context: LintContext = {}): Finding[] {
  const { matcher, termCount } = compile(policy);
  const findings: Finding[] = [];
  const matches = matcher.search(text, true);
  const ordinary = matches.filter((m) => m.pattern >= termCount);
  for (const m of matches) {
    if (m.pattern >= termCount) continue;
    if (ordinary.some((o) => o.start <= m.start && o.end >= m.end)) continue;
    const term = policy.lexicon[m.pattern]!;
    const rule = policy.rules[term.ruleId];
    if (rule && !rule.enabled) continue;
    findings.push({
      ruleId: term.ruleId,
      severity: rule?.severity ?? term.severity,
      start: m.start,
      end: m.end,
      message: rule?.message ?? term.ruleId,
      ...(term.suggestion ? { suggestion: term.suggestion } : {}),
    });
  }
  for (const hit of findDiversion(text, policy, (ruleId) => !!policy.rules[ruleId]?.enabled, phoneCountry(context.country))) {
    const info = policy.rules[hit.ruleId]!;
    findings.push({ ruleId: hit.ruleId, severity: info.severity, start: hit.start, end: hit.end, message: info.message, suggestion: '' });
  }
  for (const rule of PATTERN_RULES) {
    const info = policy.rules[rule.ruleId];
    if (!info?.enabled) continue;
    for (const [start, end, suggestion] of rule.find(text)) {
      findings.push({ ruleId: rule.ruleId, severity: info.severity, start, end, message: info.message, ...(suggestion !== undefined ? { suggestion } : {}) });
    }
  }
  const apology = context.buyerComplaint && policy.rules['tone.no-apology']?.enabled ? missingApology(text) : undefined;
  if (apology) {
    const info = policy.rules['tone.no-apology']!;
    findings.push({ ruleId: 'tone.no-apology', severity: info.severity, start: apology[0], end: apology[1], message: info.message });
  }
  // A parcel's tracking page (pochta.ru, 17TRACK) is where the buyer reads the evidence, not a way off the platform.
  const shown = findings.filter((f) => f.ruleId !== 'diversion.link' || !isTrackingLink(text.slice(f.start, f.end)));
  const kept = context.site ? shown.filter(notOwnPlatform(text, context.site)) : shown;
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Drops diversion findings that point at the marketplace the reply is sent on (its name, its own pages). */
function notOwnPlatform(text: string, site: string): (finding: Finding) => boolean {
  const profile = siteProfile(site);
  if (!profile) return () => true;
  const names = profile.platformNames.map((n) => n.toLowerCase());
  return (finding) => {
    const span = text.slice(finding.start, finding.end);
    if (finding.ruleId === 'diversion.platform') {
      const words = normalizeForMatch(span).squeezed.text;
      return !names.some((name) => words.includes(name));
    }
    if (finding.ruleId === 'diversion.link') {
      const host =
        span
          .toLowerCase()
          .replace(/^https?:\/\//, '')
          .replace(/^www\./, '')
          .split(/[/?#:]/)[0] ?? '';
      return !profile.ownLinkHosts.some((own) => host === own || host.endsWith(`.${own}`));
    }
    return true;
  };
}

/** The text with one finding replaced by its suggestion. */
export function applySuggestion(text: string, finding: Finding): string {
  if (finding.suggestion === undefined) return text;
  return text.slice(0, finding.start) + finding.suggestion + text.slice(finding.end);
}
