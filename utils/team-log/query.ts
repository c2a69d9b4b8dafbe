import type { LogFilter } from '../model/log-filter';

/** A needle as it appears inside the stored JSON row (quotes and backslashes escaped the way JSON writes them). */
const inJson = (text: string) => JSON.stringify(text).slice(1, -1);

/** A value bound to a `{name:Type}` placeholder: never part of the SQL text the product writes. */
export type SqlParam = { type: 'String'; value: string } | { type: 'UInt64'; value: number } | { type: 'Array(String)'; value: string[] } | { type: 'Array(UInt64)'; value: number[] };

/**
 * What the last verification vouched for (verify.ts): the registered devices, each up to the sequence its signed
 * head covers, less the sequences found forged, duplicated with other content, edited or inserted by another user.
 * Rows outside it are kept out of the KPIs.
 */
export interface TrustedRows {
  devices: string[];
  /** Per device (same order): the highest sequence its verified checkpoint vouches for. */
  heads: number[];
  /** `device#seq` of rows inside a vouched range that are still not trusted. */
  excluded: string[];
}

/** SQL with `{name:Type}` placeholders and the values bound to them (ClickHouse's query parameters). */
export interface TeamQuery {
  sql: string;
  params: Record<string, SqlParam>;
}

/**
 * The lead's filters as a WHERE clause over the team table, with every value bound. Same fields as the local log's
 * filters: time, agent, site, shop, kinds by column; buyer, order number and free text inside the stored row.
 */
export function teamWhere(filter: LogFilter, trusted?: TrustedRows): TeamQuery {
  const clauses: string[] = [];
  const params: Record<string, SqlParam> = {};
  if (trusted) {
    if (trusted.devices.length !== trusted.heads.length) throw new Error('trusted devices and heads differ in length');
    if (trusted.devices.length === 0) clauses.push('0');
    else clauses.push('has({trustedDevices:Array(String)}, device_id) AND seq <= transform(device_id, {trustedDevices:Array(String)}, {trustedHeads:Array(UInt64)}, toUInt64(0))');
    if (trusted.devices.length) {
      params.trustedDevices = { type: 'Array(String)', value: trusted.devices };
      params.trustedHeads = { type: 'Array(UInt64)', value: trusted.heads };
    }
    if (trusted.devices.length && trusted.excluded.length) {
      clauses.push("NOT has({excludedRows:Array(String)}, concat(device_id, '#', toString(seq)))");
      params.excludedRows = { type: 'Array(String)', value: trusted.excluded };
    }
  }
  if (filter.from !== undefined) {
    clauses.push('at >= {from:UInt64}');
    params.from = { type: 'UInt64', value: Math.max(0, filter.from) };
  }
  if (filter.to !== undefined) {
    clauses.push('at < {to:UInt64}');
    params.to = { type: 'UInt64', value: Math.max(0, filter.to) };
  }
  if (filter.staffId) {
    clauses.push('staff_id = {staff:String}');
    params.staff = { type: 'String', value: filter.staffId };
  }
  if (filter.site) {
    clauses.push('site = {site:String}');
    params.site = { type: 'String', value: filter.site };
  }
  if (filter.shop) {
    clauses.push('shop = {shop:String}');
    params.shop = { type: 'String', value: filter.shop };
  }
  if (filter.kinds?.length) {
    clauses.push('has({kinds:Array(String)}, kind)');
    params.kinds = { type: 'Array(String)', value: filter.kinds };
  }
  if (filter.buyer) {
    clauses.push("positionCaseInsensitiveUTF8(visitParamExtractRaw(row, 'buyer'), {buyer:String}) > 0");
    params.buyer = { type: 'String', value: inJson(filter.buyer) };
  }
  if (filter.orderNo) {
    clauses.push("(order_no = {orderNo:String} OR position(visitParamExtractRaw(row, 'payload'), {orderNoInJson:String}) > 0)");
    params.orderNo = { type: 'String', value: filter.orderNo };
    params.orderNoInJson = { type: 'String', value: inJson(filter.orderNo) };
  }
  if (filter.text) {
    clauses.push('positionCaseInsensitiveUTF8(row, {text:String}) > 0');
    params.text = { type: 'String', value: inJson(filter.text) };
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/**
 * The log's rows once each: the table keeps every inserted version, and a retried batch's identical copies collapse
 * here (`LIMIT 1 BY`). The WHERE goes inside, where the server can use the table's key. Versions that differ are the
 * verifier's business (verifyQuery reads them all); the KPIs leave their sequence out.
 */
export const dedupedRows = (database: string, where: string, columns = '*') => `(SELECT ${columns} FROM ${database}.actions ${where} LIMIT 1 BY device_id, seq)`;

/** The agents (工号) the team log names, for the filter's list. */
export const staffIdsQuery = (database: string): TeamQuery => ({
  sql: `SELECT DISTINCT staff_id FROM ${database}.actions WHERE staff_id != '' ORDER BY staff_id LIMIT 5000 FORMAT TabSeparatedRaw`,
  params: {},
});

export function countQuery(database: string, filter: LogFilter, trusted?: TrustedRows): TeamQuery {
  const where = teamWhere(filter, trusted);
  return { sql: `SELECT count() FROM ${dedupedRows(database, where.sql, 'device_id, seq')} FORMAT TabSeparated`, params: where.params };
}

const whole = (n: number) => {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a row count: ${n}`);
  return n;
};

/**
 * Where the last chunk ended: `next` asks for the devices after this one; `window: false` for the rest of this device
 * without the sequence window (after a gap, or under a filter that skips rows).
 */
export interface ChunkPosition {
  deviceId: string;
  seq: number;
  next?: boolean;
  window?: boolean;
}

/** One page of the table, newest first (the log table's order). */
export function pageQuery(database: string, filter: LogFilter, { limit, offset }: { limit: number; offset: number }): TeamQuery {
  const where = teamWhere(filter);
  return {
    sql: `SELECT row FROM ${dedupedRows(database, where.sql, 'at, device_id, seq, row')} ORDER BY at DESC, device_id, seq LIMIT ${whole(offset)}, ${whole(limit)} FORMAT TabSeparatedRaw`,
    params: where.params,
  };
}

/**
 * The next chunk in chain order (device, then sequence) after a position: exports and chain checks read the whole
 * filtered log this way, a chunk at a time, never by offset (a deep offset rescans every row before it). The rest of
 * the same device (`device_id = d AND seq > s`) and the devices after it (`device_id > d`) are asked for separately:
 * each is a range of the table's key, where one OR-ed condition would make 18.16 scan the whole table per chunk.
 */
export function chunkQuery(database: string, filter: LogFilter, after: ChunkPosition | undefined, limit: number): TeamQuery {
  const where = teamWhere(filter);
  const params = { ...where.params };
  const clauses = where.sql ? [where.sql.slice('WHERE '.length)] : [];
  if (after?.next) {
    clauses.push('device_id > {afterDevice:String}');
    params.afterDevice = { type: 'String', value: after.deviceId };
  } else if (after) {
    // A device's sequence has no gaps: the next rows are the next `limit` numbers, a range the read can stop at
    // (18.16 would otherwise read the device's whole remaining range for every chunk).
    clauses.push(`device_id = {afterDevice:String} AND seq > {afterSeq:UInt64}${after.window === false ? '' : ' AND seq <= {windowEnd:UInt64}'}`);
    params.afterDevice = { type: 'String', value: after.deviceId };
    params.afterSeq = { type: 'UInt64', value: after.seq };
    if (after.window !== false) params.windowEnd = { type: 'UInt64', value: after.seq + whole(limit) };
  }
  const sql = `SELECT device_id, seq, row FROM ${dedupedRows(database, clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', 'device_id, seq, row')} ORDER BY device_id, seq LIMIT ${whole(limit)} FORMAT TabSeparatedRaw`;
  return { sql, params };
}

/**
 * For the verifier: the next `limit` (device, sequence) keys after a position, each with every distinct version
 * stored under it, how many copies, and (on servers that stamp it) the users who inserted them. Same keyset walk
 * as chunkQuery, over the whole table (no filter: trust is per device chain).
 */
export function verifyQuery(database: string, after: ChunkPosition | undefined, limit: number, stampedUser: boolean): TeamQuery {
  const params: Record<string, SqlParam> = {};
  let where = '';
  if (after?.next) {
    where = 'WHERE device_id > {afterDevice:String}';
    params.afterDevice = { type: 'String', value: after.deviceId };
  } else if (after) {
    where = `WHERE device_id = {afterDevice:String} AND seq > {afterSeq:UInt64}${after.window === false ? '' : ' AND seq <= {windowEnd:UInt64}'}`;
    params.afterDevice = { type: 'String', value: after.deviceId };
    params.afterSeq = { type: 'UInt64', value: after.seq };
    if (after.window !== false) params.windowEnd = { type: 'UInt64', value: after.seq + whole(limit) };
  }
  const users = stampedUser ? 'groupUniqArray(agent_user)' : 'emptyArrayString()';
  return {
    sql: `SELECT device_id, seq, groupUniqArray(row) AS rows, count() AS copies, ${users} AS users FROM ${database}.actions ${where} GROUP BY device_id, seq ORDER BY device_id, seq LIMIT ${whole(limit)} FORMAT JSONEachRow`,
    params,
  };
}

/** Every signed checkpoint stored (each device pushes one per sync run), in chain order. */
export const checkpointsQuery = (database: string, stampedUser: boolean): TeamQuery => ({
  sql: `SELECT device_id, seq, hash, signed_at, public_key, signature, ${stampedUser ? 'agent_user' : "''"} AS agent_user FROM ${database}.checkpoints ORDER BY device_id, seq FORMAT JSONEachRow`,
  params: {},
});
