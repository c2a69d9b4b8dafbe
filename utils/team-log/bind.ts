import type { SqlParam, TeamQuery } from './query';

/** ClickHouse binds `{name:Type}` from `param_<name>` since 19.11; older servers reject the setting. */
export const supportsQueryParameters = (version: readonly number[]) => (version[0] ?? 0) > 19 || ((version[0] ?? 0) === 19 && (version[1] ?? 0) >= 11);

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*):(String|UInt64|Array\(String\)|Array\(UInt64\))\}/g;

/** A string as a ClickHouse string literal: backslash and quote escaped, so the value can never end the literal. */
export const stringLiteral = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const uint64 = (value: number) => {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`not a UInt64: ${value}`);
  return String(value);
};

function literal(param: SqlParam): string {
  switch (param.type) {
    case 'String':
      return stringLiteral(param.value);
    case 'UInt64':
      return uint64(param.value);
    case 'Array(UInt64)':
      // An empty array literal has no element type on 18.16: typed explicitly.
      return param.value.length ? `[${param.value.map((v) => `toUInt64(${uint64(v)})`).join(', ')}]` : 'emptyArrayUInt64()';
    case 'Array(String)':
      return param.value.length ? `[${param.value.map(stringLiteral).join(', ')}]` : 'emptyArrayString()';
  }
}

/** A parameter's value as the HTTP interface reads `param_<name>` (text in the TabSeparated escaping). */
function paramText(param: SqlParam): string {
  if (param.type === 'Array(String)') return `[${param.value.map(stringLiteral).join(',')}]`;
  if (param.type === 'UInt64') return literal(param);
  if (param.type === 'Array(UInt64)') return `[${param.value.map(uint64).join(',')}]`;
  return param.value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
}

/**
 * The request for a query on this server: the SQL as written and its values as `param_*` where the server binds
 * parameters; on an older server (Debian's 18.16) each placeholder becomes a literal made by one escaping function,
 * in one pass, so no value is ever read as SQL. Every placeholder must have a value.
 */
export function bindQuery(query: TeamQuery, version: readonly number[]): { sql: string; params: Record<string, string> } {
  const used = new Set<string>();
  const check = (name: string) => {
    const param = query.params[name];
    if (!param) throw new Error(`no value bound to {${name}}`);
    used.add(name);
    return param;
  };
  if (supportsQueryParameters(version)) {
    for (const [, name] of query.sql.matchAll(PLACEHOLDER)) check(name!);
    return { sql: query.sql, params: Object.fromEntries([...used].map((name) => [`param_${name}`, paramText(query.params[name]!)])) };
  }
  return { sql: query.sql.replace(PLACEHOLDER, (_m, name: string) => literal(check(name))), params: {} };
}
