import { checkpointsDdl, presenceDdl, tableDdl, TEAM_TABLES, type DdlOptions } from './setup-sql';

/**
 * The team log on several ClickHouse servers: each server holds its shard in `<table>_local`, and a `Distributed`
 * table under the product's table name spreads inserts by device (all of a device's rows, hence its whole chain and
 * every version of a row, on one shard) and reads every shard. The extension and the dashboard use the same table
 * names and the same SQL as on one server. No replication here (no Keeper needed): see README for production.
 */
export interface Shard {
  host: string;
  /** The native protocol port (9000 by default), which servers use between themselves. */
  port: number;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** The `<remote_servers>` entry every server of the cluster carries in its config (one replica per shard). */
export function remoteServersXml(cluster: string, shards: readonly Shard[]): string {
  if (!NAME.test(cluster)) throw new Error(`not a cluster name: ${cluster}`);
  const shardXml = shards
    .map((s) => {
      if (!/^[A-Za-z0-9.:-]+$/.test(s.host) || !Number.isInteger(s.port)) throw new Error(`not a shard address: ${s.host}:${s.port}`);
      return `<shard><replica><host>${s.host}</host><port>${s.port}</port></replica></shard>`;
    })
    .join('');
  return `<remote_servers><${cluster}>${shardXml}</${cluster}></remote_servers>`;
}

/** Run on every server of the cluster (without ZooKeeper there is no ON CLUSTER): local shards, then the Distributed tables. */
export function clusterSetupSql(database: string, cluster: string, options: DdlOptions & { ttl?: boolean } = {}): string[] {
  if (!NAME.test(cluster) || !NAME.test(database)) throw new Error('cluster and database are names');
  const local = (t: string) => `${t}_local`;
  return [
    `CREATE DATABASE IF NOT EXISTS ${database}`,
    tableDdl(database, { ...options, table: local('actions') }),
    checkpointsDdl(database, { ...options, table: local('checkpoints') }),
    presenceDdl(database, { ...options, table: local('presence') }),
    ...TEAM_TABLES.map((t) => `CREATE TABLE IF NOT EXISTS ${database}.${t} AS ${database}.${local(t)} ENGINE = Distributed(${cluster}, ${database}, ${local(t)}, sipHash64(device_id))`),
  ];
}
