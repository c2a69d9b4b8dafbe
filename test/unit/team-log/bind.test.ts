import { describe, expect, it } from 'vitest';
import { bindQuery, stringLiteral, supportsQueryParameters } from '@/utils/team-log/bind';
import { chunkQuery, countQuery, pageQuery, teamWhere } from '@/utils/team-log/query';

const HOSTILE = "x') OR 1=1 --\\' {staff:String} 微信";

describe('filters as SQL with bound values', () => {
  it('puts no filter value into the SQL text the product writes', () => {
    const query = teamWhere({ staffId: HOSTILE, site: 'douyin', kinds: ['message.sent', 'lint.blocked'], from: 5, to: 9, buyer: HOSTILE, orderNo: HOSTILE, text: HOSTILE, shop: HOSTILE });
    expect(query.sql).not.toContain('OR 1=1');
    expect(query.sql).not.toContain('微信');
    expect(query.sql).toBe(
      "WHERE at >= {from:UInt64} AND at < {to:UInt64} AND staff_id = {staff:String} AND site = {site:String} AND shop = {shop:String} AND has({kinds:Array(String)}, kind) AND positionCaseInsensitiveUTF8(visitParamExtractRaw(row, 'buyer'), {buyer:String}) > 0 AND (order_no = {orderNo:String} OR position(visitParamExtractRaw(row, 'payload'), {orderNoInJson:String}) > 0) AND positionCaseInsensitiveUTF8(row, {text:String}) > 0",
    );
    expect(teamWhere({}).sql).toBe('');
  });

  it('on a server that binds parameters, sends the SQL as written and each value as param_*', () => {
    const bound = bindQuery(countQuery('kefu', { staffId: HOSTILE, kinds: ['a', "b'"] as never }), [23, 11, 1]);
    expect(bound.sql).toBe(
      'SELECT count() FROM (SELECT device_id, seq FROM kefu.actions WHERE staff_id = {staff:String} AND has({kinds:Array(String)}, kind) LIMIT 1 BY device_id, seq) FORMAT TabSeparated',
    );
    expect(bound.params).toEqual({ param_staff: "x') OR 1=1 --\\\\' {staff:String} 微信", param_kinds: "['a','b\\'']" });
    expect(supportsQueryParameters([19, 11])).toBe(true);
    expect(supportsQueryParameters([19, 10])).toBe(false);
    expect(supportsQueryParameters([18, 16, 1])).toBe(false);
  });

  it('on an older server, makes each value one escaped literal in one pass (a value that looks like a placeholder stays text)', () => {
    const bound = bindQuery(countQuery('kefu', { staffId: HOSTILE }), [18, 16, 1]);
    expect(bound.params).toEqual({});
    expect(bound.sql).toBe(`SELECT count() FROM (SELECT device_id, seq FROM kefu.actions WHERE staff_id = ${stringLiteral(HOSTILE)} LIMIT 1 BY device_id, seq) FORMAT TabSeparated`);
    expect(stringLiteral(HOSTILE)).toBe("'x\\') OR 1=1 --\\\\\\' {staff:String} 微信'");
  });

  it('binds the verified rows as typed arrays, and an empty trust as nothing trusted', () => {
    const trusted = { devices: ['d1', "d'2"], heads: [41, 7], excluded: ['d1#3'] };
    const where = teamWhere({}, trusted);
    expect(bindQuery({ sql: `SELECT 1 ${where.sql}`, params: where.params }, [23, 11]).params).toEqual({
      param_trustedDevices: "['d1','d\\'2']",
      param_trustedHeads: '[41,7]',
      param_excludedRows: "['d1#3']",
    });
    expect(bindQuery({ sql: `SELECT 1 ${where.sql}`, params: where.params }, [18, 16]).sql).toContain("transform(device_id, ['d1', 'd\\'2'], [toUInt64(41), toUInt64(7)], toUInt64(0))");
    expect(teamWhere({}, { devices: [], heads: [], excluded: [] }).sql).toBe('WHERE 0');
    expect(() => teamWhere({}, { devices: ['d1'], heads: [], excluded: [] })).toThrow();
  });

  it('refuses a placeholder without a value, and row counts that are not whole numbers', () => {
    expect(() => bindQuery({ sql: 'SELECT {x:String}', params: {} }, [18, 16])).toThrow('no value bound to {x}');
    expect(() => pageQuery('kefu', {}, { limit: 50, offset: -1 })).toThrow();
    expect(() => chunkQuery('kefu', {}, undefined, 1.5)).toThrow();
  });

  it('pages newest first and reads the whole log in chain order after a position', () => {
    expect(pageQuery('kefu', {}, { limit: 50, offset: 100 }).sql).toBe(
      'SELECT row FROM (SELECT at, device_id, seq, row FROM kefu.actions  LIMIT 1 BY device_id, seq) ORDER BY at DESC, device_id, seq LIMIT 100, 50 FORMAT TabSeparatedRaw',
    );
    const same = chunkQuery('kefu', { site: 'jd' }, { deviceId: 'd1', seq: 41 }, 1000);
    expect(same.sql).toContain(
      'WHERE site = {site:String} AND device_id = {afterDevice:String} AND seq > {afterSeq:UInt64} AND seq <= {windowEnd:UInt64} LIMIT 1 BY device_id, seq) ORDER BY device_id, seq LIMIT 1000',
    );
    expect(chunkQuery('kefu', {}, { deviceId: 'd1', seq: 41, window: false }, 1000).sql).not.toContain('windowEnd');
    expect(same.params).toMatchObject({ afterDevice: { type: 'String', value: 'd1' }, afterSeq: { type: 'UInt64', value: 41 }, windowEnd: { type: 'UInt64', value: 1041 } });
    expect(chunkQuery('kefu', {}, { deviceId: 'd1', seq: 41, next: true }, 1000).sql).toContain('WHERE device_id > {afterDevice:String} LIMIT 1 BY device_id, seq) ORDER BY');
  });
});
