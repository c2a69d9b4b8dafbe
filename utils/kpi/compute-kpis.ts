import type { KpiRule } from '../model';
import { buyerKey } from '../model/buyer';
import { siteRegion, siteTimeZone } from '../sites/profiles';
import { dayNumberToString } from '../time/china-time';
import { zonedDayNumber, zonedHour, zonedWeekday, zoneOffsetMs } from '../time/zoned-time';
import { DEFAULT_KPI_OPTIONS, type AgentDayKpi, type KpiAction, type KpiFigures, type KpiOptions } from './kpi-types';

export const NO_AGENT = '—';
/** `greeting`: a reply that only greets (some platforms do not count it as an answer). */
type ChatEvent = { at: number; fromBuyer: boolean; agent: string; site: string; zone: string; region?: string; greeting?: boolean };
const DAY_MS = 86_400_000;
type Counter = 'remarksBlocked' | 'lintBlocked' | 'overrides' | 'templatesInserted';
/** Kinds that only add one to a figure of their agent-day. */
const COUNTED: Partial<Record<string, Counter>> = { 'remark.blocked': 'remarksBlocked', 'lint.blocked': 'lintBlocked', 'lint.overridden': 'overrides', 'template.inserted': 'templatesInserted' };

/**
 * Per agent and day (in the shop's zone: China time, or the market's for cross-border shops), from the action log. Conversations are buyers (site + shop + id). A round starts at a
 * buyer message with nothing pending and ends at our next reply on the same conversation; response time is the gap.
 * Feed actions in any order with `add`, then read `result`.
 */
export function createKpiAccumulator(options: KpiOptions = DEFAULT_KPI_OPTIONS) {
  // Agent → day number → figures; days are integers until the result is read (string dates are slow at 1M rows).
  const cells = new Map<string, Map<number, AgentDayKpi>>();
  const rulesBySite = new Map<string, KpiOptions['platformRules']>();
  for (const r of options.platformRules) rulesBySite.set(r.site, [...(rulesBySite.get(r.site) ?? []), r]);
  const conversations = new Map<string, ChatEvent[]>();
  const hours = new Map<AgentDayKpi, Set<number>>();

  const cell = (agent: string, day: number) => {
    let days = cells.get(agent);
    if (!days) cells.set(agent, (days = new Map()));
    let kpi = days.get(day);
    if (!kpi) {
      kpi = emptyKpi(agent, dayNumberToString(day));
      days.set(day, kpi);
    }
    return kpi;
  };

  function add(action: KpiAction): void {
    const agent = action.agent?.staffId ?? NO_AGENT;
    const payload = (action.payload ?? {}) as Record<string, unknown>;
    const conversation = action.buyer && buyerKey(action.buyer);
    const region = siteRegion(action.site, action.pageUrl);
    const zone = region?.timeZone ?? siteTimeZone(action.site);
    const dayOf = (at: number) => zonedDayNumber(zone, at);
    switch (action.kind) {
      case 'message.received': {
        const at = typeof payload.sentAt === 'number' ? payload.sentAt : action.at;
        cell(agent, dayOf(at)).buyerMessages++;
        if (conversation) push(conversation, { at, fromBuyer: true, agent, site: action.site ?? '', zone, ...(region ? { region: region.code } : {}) });
        return;
      }
      case 'message.sent': {
        const kpi = cell(agent, dayOf(action.at));
        kpi.messagesSent++;
        kpi.findings += typeof payload.findings === 'number' ? payload.findings : 0;
        let active = hours.get(kpi);
        if (!active) hours.set(kpi, (active = new Set()));
        active.add(zonedHour(zone, action.at));
        if (conversation) push(conversation, { at: action.at, fromBuyer: false, agent, site: action.site ?? '', zone, ...(payload.greetingOnly === true ? { greeting: true } : {}) });
        return;
      }
      case 'remark.saved': {
        const kpi = cell(agent, dayOf(action.at));
        kpi.remarksSaved++;
        if (payload.valid === true) kpi.remarksValid++;
        return;
      }
      case 'message.sent_unguarded': {
        const kpi = cell(agent, dayOf(action.at));
        kpi.unguardedSent++;
        if (payload.blocking === true) kpi.unguardedViolations++;
        return;
      }
      default: {
        const counter = COUNTED[action.kind];
        if (counter) cell(agent, dayOf(action.at))[counter]++;
      }
    }
  }

  function push(conversation: string, event: ChatEvent) {
    let events = conversations.get(conversation);
    if (!events) conversations.set(conversation, (events = []));
    events.push(event);
  }

  function result(): AgentDayKpi[] {
    for (const events of conversations.values()) walkConversation(events);
    for (const [kpi, active] of hours) kpi.activeHours = active.size;
    return [...cells.values()].flatMap((days) => [...days.values()]).sort((a, b) => b.day.localeCompare(a.day) || a.agent.localeCompare(b.agent));
  }

  /** Rounds, first responses, replied-last and platform rules for one conversation. */
  function walkConversation(events: ChatEvent[]) {
    events.sort((a, b) => a.at - b.at || Number(b.fromBuyer) - Number(a.fromBuyer));
    let pending: ChatEvent | undefined;
    let lastAgent = NO_AGENT;
    const firstSeen = new Set<number>();
    const lastOfDay = new Map<number, ChatEvent>();
    const touched = new Map<number, Set<string>>(); // day → agents
    const buyerDays = new Map<string, { kpi: AgentDayKpi; ruleId: string; ok: boolean }>(); // rule|day → per-buyer-per-day rules
    const countPlatform = (kpi: AgentDayKpi, start: ChatEvent, gap: number | undefined, quietBefore: number, substantive: number | undefined) => {
      for (const { rule } of rulesBySite.get(start.site) ?? []) {
        const hour = zonedHour(start.zone, start.at);
        if (hour < rule.fromHour || hour >= rule.toHour) continue;
        if (rule.regions && !(start.region && rule.regions.includes(start.region))) continue;
        if (rule.unit === 'session-first' && quietBefore < (rule.sessionGapMs ?? 0)) continue;
        const answer = rule.greetingsDoNotCount ? substantive : gap;
        const ok = answer !== undefined && answer <= allowedMs(rule, start);
        if (rule.unit === 'buyer-day') {
          const key = `${rule.id}|${zonedDayNumber(start.zone, start.at)}`;
          const seen = buyerDays.get(key);
          buyerDays.set(key, { kpi, ruleId: rule.id, ok: (seen?.ok ?? true) && ok });
          continue;
        }
        countRule(kpi, rule.id, ok);
      }
    };
    let previousAt = -Infinity;
    let quietBeforePending = Infinity;
    for (const [index, event] of events.entries()) {
      const day = zonedDayNumber(event.zone, event.at);
      lastOfDay.set(day, event);
      const quiet = event.at - previousAt;
      previousAt = event.at;
      if (event.fromBuyer) {
        if (!pending) quietBeforePending = quiet;
        pending ??= event;
        continue;
      }
      lastAgent = event.agent;
      if (!touched.has(day)) touched.set(day, new Set());
      touched.get(day)!.add(event.agent);
      if (!pending) continue;
      const startDay = zonedDayNumber(pending.zone, pending.at);
      const kpi = cell(event.agent, startDay);
      const gap = event.at - pending.at;
      kpi.rounds++;
      kpi.responseMsTotal += gap;
      if (!firstSeen.has(startDay)) {
        firstSeen.add(startDay);
        kpi.firstResponses++;
        kpi.firstResponseMsTotal += gap;
      }
      countPlatform(kpi, pending, gap, quietBeforePending, substantiveGap(events, index, pending.at));
      pending = undefined;
    }
    if (pending) {
      const kpi = cell(lastAgent, zonedDayNumber(pending.zone, pending.at));
      kpi.unansweredRounds++;
      countPlatform(kpi, pending, undefined, quietBeforePending, undefined);
    }
    for (const [day, agents] of touched) {
      for (const agent of agents) cell(agent, day).conversations++;
      const last = lastOfDay.get(day)!;
      if (!last.fromBuyer) cell(last.agent, day).repliedLastConversations++;
    }
    // A buyer-day counts once, for the agent who answered that day's last counted round.
    for (const { kpi, ruleId, ok } of buyerDays.values()) countRule(kpi, ruleId, ok);
  }

  return { add, result };
}

/**
 * How long a round may wait under a rule: its window, until the clock deadline of its same-day cycle, or until Monday
 * 12:00 for a weekend start where the rule says so.
 */
function allowedMs(rule: KpiRule, start: ChatEvent): number {
  if (rule.sameDayCutoff) {
    const { receivedBeforeHour, answeredByHour } = rule.sameDayCutoff;
    const day = zonedDayNumber(start.zone, start.at) + (zonedHour(start.zone, start.at) >= receivedBeforeHour ? 1 : 0);
    const due = day * DAY_MS + answeredByHour * 3_600_000;
    return due - zoneOffsetMs(start.zone, due) - start.at;
  }
  const weekday = zonedWeekday(start.zone, start.at);
  if (!rule.weekendDueMondayNoon || (weekday !== 0 && weekday !== 6)) return rule.withinMs;
  const monday = zonedDayNumber(start.zone, start.at) + (weekday === 6 ? 2 : 1);
  const noon = monday * DAY_MS + 12 * 3_600_000;
  return Math.max(rule.withinMs, noon - zoneOffsetMs(start.zone, noon) - start.at);
}

/** From a round's start to the first of our replies at or after `index` that is more than a greeting. */
function substantiveGap(events: ChatEvent[], index: number, startAt: number): number | undefined {
  for (let i = index; i < events.length; i++) {
    const event = events[i]!;
    if (!event.fromBuyer && !event.greeting) return event.at - startAt;
  }
  return undefined;
}

function countRule(kpi: AgentDayKpi, ruleId: string, ok: boolean): void {
  const figures = (kpi.platform[ruleId] ??= { rounds: 0, withinRule: 0 });
  figures.rounds++;
  if (ok) figures.withinRule++;
}

export function computeKpis(actions: Iterable<KpiAction>, options?: KpiOptions): AgentDayKpi[] {
  const accumulator = createKpiAccumulator(options);
  for (const action of actions) accumulator.add(action);
  return accumulator.result();
}

function emptyKpi(agent: string, day: string): AgentDayKpi {
  return {
    agent,
    day,
    conversations: 0,
    buyerMessages: 0,
    messagesSent: 0,
    rounds: 0,
    unansweredRounds: 0,
    responseMsTotal: 0,
    firstResponses: 0,
    firstResponseMsTotal: 0,
    repliedLastConversations: 0,
    activeHours: 0,
    remarksSaved: 0,
    remarksValid: 0,
    remarksBlocked: 0,
    findings: 0,
    lintBlocked: 0,
    overrides: 0,
    unguardedSent: 0,
    unguardedViolations: 0,
    templatesInserted: 0,
    platform: {},
  };
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : undefined);

export function kpiFigures(kpi: AgentDayKpi): KpiFigures {
  return {
    avgResponseMs: ratio(kpi.responseMsTotal, kpi.rounds),
    avgFirstResponseMs: ratio(kpi.firstResponseMsTotal, kpi.firstResponses),
    repliedLastShare: ratio(kpi.repliedLastConversations, kpi.conversations),
    messagesPerHour: ratio(kpi.messagesSent, kpi.activeHours),
    remarkCompliance: ratio(kpi.remarksValid, kpi.remarksSaved + kpi.remarksBlocked),
    findingsPer100: kpi.messagesSent > 0 ? (100 * (kpi.findings + kpi.lintBlocked)) / kpi.messagesSent : undefined,
    platformRate: Object.fromEntries(Object.entries(kpi.platform).map(([ruleId, p]) => [ruleId, ratio(p.withinRule, p.rounds)])),
  };
}

/** Totals over several days (or agents): counts add, figures are recomputed from the sums. */
export function sumKpis(rows: readonly AgentDayKpi[], agent: string, day: string): AgentDayKpi {
  const total = emptyKpi(agent, day);
  for (const row of rows) {
    for (const key of Object.keys(total) as (keyof AgentDayKpi)[]) {
      if (typeof total[key] === 'number') (total[key] as number) += row[key] as number;
    }
    for (const [ruleId, p] of Object.entries(row.platform)) {
      const t = (total.platform[ruleId] ??= { rounds: 0, withinRule: 0 });
      t.rounds += p.rounds;
      t.withinRule += p.withinRule;
    }
  }
  return total;
}
