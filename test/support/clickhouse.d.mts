export const CLICKHOUSE_BINARY: string;
export const USERS: Record<'agentA' | 'agentB' | 'lead', { user: string; password: string }>;
export interface RunningClickHouse {
  url: string;
  tcpPort: number;
  query(sql: string, body?: string, who?: { user: string; password: string }): Promise<string>;
  down(): Promise<void>;
  up(): Promise<void>;
  stop(): Promise<void>;
}
export function startClickHouse(options?: { usersXml?: string; extraConfig?: string; defaultSettings?: string; ports?: { http: number; tcp: number } }): Promise<RunningClickHouse>;
export function freePort(): Promise<number>;
