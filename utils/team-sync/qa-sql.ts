import type { QaScorecard } from '../model';
import { QA_CATEGORY_IDS } from '../model/qa';

const ANY_PASS = new Set(['personal', 'closing']);
const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * The QA board's per-agent/day scores computed in the team's ClickHouse from `qa.scored` and `qa.overridden` rows (the
 * same combination as utils/qa/fold.ts: a category fails in a conversation when a reply failed it, personal and closing
 * pass when one reply did; the round row says whether a buyer was left unanswered; a lead's latest override wins).
 * Runs on 18.16 (visitParamExtract* on the stored row). Not folded here: promise and case rows (their categories count
 * as not applicable), which the dashboard's own fold adds on a merged log.
 */
export function qaAgentDaySql(database: string, table: string, card: QaScorecard, { site }: { site?: string } = {}): string {
  const enabled = card.categories.filter((c) => c.enabled && c.weight > 0 && QA_CATEGORY_IDS.includes(c.id) && c.id !== 'promiseKept' && c.id !== 'caseOpened');
  const perCategory = enabled.map(({ id }) => {
    const value = `visitParamExtractString(row, ${quote(id)})`;
    if (id === 'noUnanswered') return `if(countIf(scope = 'round' AND ${value} = 'fail') > 0, 'fail', 'pass') AS auto_${id}`;
    const pass = `countIf(kind = 'qa.scored' AND scope = 'reply' AND ${value} = 'pass')`;
    const fail = `countIf(kind = 'qa.scored' AND scope = 'reply' AND ${value} = 'fail')`;
    return ANY_PASS.has(id) ? `if(${pass} > 0, 'pass', if(${fail} > 0, 'fail', 'na')) AS auto_${id}` : `if(${fail} > 0, 'fail', if(${pass} > 0, 'pass', 'na')) AS auto_${id}`;
  });
  const overridden = enabled.map(({ id }) => `argMaxIf(visitParamExtractString(row, 'result'), at, kind = 'qa.overridden' AND visitParamExtractString(row, 'category') = ${quote(id)}) AS over_${id}`);
  const final = enabled.map(({ id }) => `if(over_${id} != '', over_${id}, auto_${id})`);
  const got = enabled.map(({ weight }, i) => `if(${final[i]} = 'pass', ${weight}, 0)`).join(' + ');
  const total = enabled.map(({ weight }, i) => `if(${final[i]} != 'na', ${weight}, 0)`).join(' + ');
  const where = `kind IN ('qa.scored', 'qa.overridden')${site ? ` AND conversation LIKE ${quote(`${site}|%`)}` : ''}`;
  // Rounded half up like Math.round (ClickHouse's round() rounds ties to even).
  return `SELECT agent, day, count() AS conversations, floor(avgIf(score, total > 0) + 0.5) AS score, countIf(total > 0) AS scored
FROM (
  SELECT agent, day, (${total}) AS total, (${got}) AS got, if(total > 0, floor(got * 100 / total + 0.5), 0) AS score
  FROM (
    SELECT conversation, anyIf(staff_id, kind = 'qa.scored') AS agent, substring(conversation, length(conversation) - 9, 10) AS day,
      ${[...perCategory, ...overridden].join(',\n      ')}
    FROM (SELECT kind, at, staff_id, row, visitParamExtractString(row, 'conversation') AS conversation, visitParamExtractString(row, 'scope') AS scope FROM ${database}.${table} WHERE ${where})
    GROUP BY conversation
  )
)
GROUP BY agent, day
ORDER BY score ASC, day DESC, agent ASC
FORMAT JSONEachRow`;
}
