/** Spreadsheet columns, in order; NDJSON keeps the whole row instead. */
export const EXPORT_COLUMNS = ['time', 'agent', 'staffId', 'site', 'shop', 'buyer', 'orderNo', 'kind', 'payload', 'deviceId', 'seq', 'hash'] as const;
