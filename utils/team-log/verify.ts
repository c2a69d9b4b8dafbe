import { GENESIS_HASH, hashAction } from '../log/hash-chain';
import { keyFingerprint, sameKey, type PublicKeyJwk } from '../log/signing';
import type { Action, DeviceKey } from '../model';
import type { TrustedRows } from './query';

/** One (device, sequence) key of the team table with every distinct version stored under it. */
export interface VersionGroup {
  deviceId: string;
  seq: number;
  /** Each distinct stored JSON row (one when every copy agrees). */
  rows: string[];
  /** How many copies the table holds (a retried batch makes identical ones). */
  copies: number;
  /** Who inserted them, where the server stamps it (≥ 23.11); empty otherwise. */
  users: string[];
}

/** A checkpoint as stored, its signature already checked against the key it names (`signatureOk`). */
export interface StoredCheckpoint {
  deviceId: string;
  seq: number;
  hash: string;
  publicKey: PublicKeyJwk | undefined;
  signatureOk: boolean;
  agentUser: string;
}

export type TeamIssue =
  /** Rows under one device and sequence that differ: an overwrite attempt (or a device id reused by someone else). */
  | { deviceId: string; seq: number; problem: 'conflict'; versions: number }
  | { deviceId: string; seq: number; problem: 'edited' | 'broken-link' | 'unreadable' }
  | { deviceId: string; seq: number; problem: 'gap'; expectedSeq: number }
  /** Inserted by another ClickHouse user than the device's registered agent. */
  | { deviceId: string; seq: number; problem: 'wrong-user'; users: string[] }
  /** A checkpoint by the device's key whose head is not the row stored at that sequence (rows rewritten or deleted). */
  | { deviceId: string; seq: number; problem: 'head-mismatch' }
  /** Rows after the last signed head: nobody with the device's key vouched for them. */
  | { deviceId: string; seq: number; problem: 'unsigned'; count: number };

export type TeamDeviceStatus =
  /** Registered key, a signed head matching the chain. */
  | 'signed'
  /** Not in the team policy's device keys: nothing of it counts until the lead registers it. */
  | 'unregistered'
  /** Registered, but no checkpoint by its key matches the stored rows. */
  | 'unsigned';

export interface TeamDeviceReport {
  deviceId: string;
  status: TeamDeviceStatus;
  staffId?: string;
  rows: number;
  /** Rows of this device the KPIs count. */
  trustedRows: number;
  /** The highest sequence a verified checkpoint vouches for (-1: none). */
  signedSeq: number;
  /** Checkpoints under this device's id by another key, or with a signature that does not verify. */
  foreignCheckpoints: number;
  /** For an unregistered device: the key its own checkpoints are validly signed with (the lead may register it). */
  candidateKey?: PublicKeyJwk;
  candidateUser?: string;
  fingerprint?: string;
}

export interface TeamVerification {
  rows: number;
  trustedRows: number;
  devices: TeamDeviceReport[];
  /** The first 500 problems found (`issueCount` has them all). */
  issues: TeamIssue[];
  issueCount: number;
  /** What the KPI queries may count. */
  trusted: TrustedRows;
}

/** Past this many untrusted rows inside a device's signed range, the device is trusted only up to the first of them. */
const MAX_EXCLUDED_PER_DEVICE = 200;
const MAX_ISSUES = 500;

function parseRow(json: string): Action | undefined {
  try {
    const value = JSON.parse(json) as Action;
    return value && typeof value === 'object' && typeof value.hash === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

interface DeviceWalk {
  deviceId: string;
  registered: DeviceKey | undefined;
  key: PublicKeyJwk | undefined;
  /** Checkpoints by the device's key (valid signature, right inserting user) by sequence, to match against the chain. */
  checkpoints: Map<number, StoredCheckpoint[]>;
  foreign: number;
  candidateUser?: string;
  matchedSeqs: number[];
  mismatchedSeqs: number[];
  rows: number;
  /** Every sequence walked (this device only), to count the stored rows under its signed head. */
  seqs: number[];
  lastSeq: number;
  /** The intact versions' hashes at the last sequence: with a conflict there, the next row may link to any of them. */
  lastHashes: string[];
  /** Untrusted sequences (any problem), in order. */
  bad: number[];
  staffId?: string;
}

/**
 * Verifies the team table as the lead reads it, fed the (device, sequence) groups in chain order a chunk at a time:
 * each device's hash chain, its signed checkpoints against the key the team policy registers for it, conflicting
 * versions, and the inserting user where the server stamps it. Holds one device's state at a time.
 */
export function createTeamVerifier(deviceKeys: readonly DeviceKey[], checkpoints: readonly StoredCheckpoint[]) {
  const registry = new Map(deviceKeys.map((d) => [d.deviceId, d]));
  const byDevice = new Map<string, StoredCheckpoint[]>();
  for (const c of checkpoints) byDevice.set(c.deviceId, [...(byDevice.get(c.deviceId) ?? []), c]);
  const issues: TeamIssue[] = [];
  let issueCount = 0;
  const devices: TeamDeviceReport[] = [];
  const trusted: TrustedRows = { devices: [], heads: [], excluded: [] };
  let rows = 0;
  let trustedRows = 0;
  let current: DeviceWalk | undefined;

  const report = (issue: TeamIssue) => {
    issueCount++;
    if (issues.length < MAX_ISSUES) issues.push(issue);
  };

  const begin = (deviceId: string): DeviceWalk => {
    const registered = registry.get(deviceId);
    const mine = byDevice.get(deviceId) ?? [];
    // Unregistered: the newest key its own checkpoints validly carry is the candidate the lead may register.
    const selfSigned = mine.filter((c) => c.signatureOk && c.publicKey).sort((a, b) => b.seq - a.seq);
    const key = registered?.publicKey ?? selfSigned[0]?.publicKey;
    const byKey = new Map<number, StoredCheckpoint[]>();
    let foreign = 0;
    for (const c of mine) {
      const ok = c.signatureOk && !!c.publicKey && !!key && sameKey(c.publicKey, key) && (!registered?.agentUser || c.agentUser === '' || c.agentUser === registered.agentUser);
      if (!ok) foreign++;
      else byKey.set(c.seq, [...(byKey.get(c.seq) ?? []), c]);
    }
    return {
      deviceId,
      registered,
      key,
      checkpoints: byKey,
      foreign,
      candidateUser: selfSigned[0]?.agentUser || undefined,
      matchedSeqs: [],
      mismatchedSeqs: [],
      rows: 0,
      seqs: [],
      lastSeq: -1,
      lastHashes: [GENESIS_HASH],
      bad: [],
      ...(registered?.staffId ? { staffId: registered.staffId } : {}),
    };
  };

  const finish = (walk: DeviceWalk) => {
    // Checkpoints at sequences no row is stored under: the rows were deleted (or never came).
    for (const seq of walk.checkpoints.keys()) if (seq > walk.lastSeq) walk.mismatchedSeqs.push(seq);
    for (const seq of walk.mismatchedSeqs) report({ deviceId: walk.deviceId, seq, problem: 'head-mismatch' });
    let signedSeq = walk.matchedSeqs.length ? Math.max(...walk.matchedSeqs) : -1;
    const inRange = walk.bad.filter((s) => s <= signedSeq);
    if (inRange.length > MAX_EXCLUDED_PER_DEVICE) signedSeq = inRange[0]! - 1;
    const excluded = walk.bad.filter((s) => s <= signedSeq);
    const unsigned = walk.lastSeq > signedSeq ? walk.lastSeq - signedSeq : 0;
    if (unsigned > 0 && walk.registered) report({ deviceId: walk.deviceId, seq: signedSeq + 1, problem: 'unsigned', count: unsigned });
    const status: TeamDeviceStatus = !walk.registered ? 'unregistered' : signedSeq >= 0 ? 'signed' : 'unsigned';
    // Rows under the signed head that are stored (a deleted row is a gap, not a row): counted as walked.
    const deviceTrusted = status === 'signed' ? countUpTo(walk.seqs, signedSeq) - excluded.length : 0;
    if (status === 'signed') {
      trusted.devices.push(walk.deviceId);
      trusted.heads.push(signedSeq);
      trusted.excluded.push(...excluded.map((s) => `${walk.deviceId}#${s}`));
    }
    trustedRows += deviceTrusted;
    devices.push({
      deviceId: walk.deviceId,
      status,
      ...(walk.staffId ? { staffId: walk.staffId } : {}),
      rows: walk.rows,
      trustedRows: deviceTrusted,
      signedSeq,
      foreignCheckpoints: walk.foreign,
      ...(walk.key ? { fingerprint: keyFingerprint(walk.key) } : {}),
      ...(!walk.registered && walk.key && signedSeq >= 0 ? { candidateKey: walk.key, ...(walk.candidateUser ? { candidateUser: walk.candidateUser } : {}) } : {}),
    });
  };

  const step = (walk: DeviceWalk, group: VersionGroup) => {
    walk.rows++;
    walk.seqs.push(group.seq);
    rows++;
    const problems: TeamIssue[] = [];
    if (group.rows.length > 1) problems.push({ deviceId: group.deviceId, seq: group.seq, problem: 'conflict', versions: group.rows.length });
    const agent = walk.registered?.agentUser;
    const strangers = agent ? group.users.filter((u) => u !== '' && u !== agent) : [];
    if (strangers.length) problems.push({ deviceId: group.deviceId, seq: group.seq, problem: 'wrong-user', users: strangers.slice(0, 5) });
    const expectedSeq = walk.lastSeq + 1;
    if (group.seq !== expectedSeq) problems.push({ deviceId: group.deviceId, seq: group.seq, problem: 'gap', expectedSeq });
    const parsed = group.rows.map(parseRow).filter((r): r is Action => !!r && r.deviceId === group.deviceId && r.seq === group.seq);
    const intact = parsed.filter((r) => hashAction(r) === r.hash);
    // After a gap the link cannot be checked (the rows it would link to are missing): the chain resumes here.
    const linked = group.seq === expectedSeq ? intact.filter((r) => walk.lastHashes.includes(r.prevHash)) : intact;
    walk.staffId ??= parsed.find((r) => r.agent?.staffId)?.agent?.staffId;
    if (parsed.length === 0) problems.push({ deviceId: group.deviceId, seq: group.seq, problem: 'unreadable' });
    else if (intact.length === 0) problems.push({ deviceId: group.deviceId, seq: group.seq, problem: 'edited' });
    else if (linked.length === 0) problems.push({ deviceId: group.deviceId, seq: group.seq, problem: 'broken-link' });
    const signed = walk.checkpoints.get(group.seq);
    if (signed) (linked.some((r) => signed.some((c) => c.hash === r.hash)) ? walk.matchedSeqs : walk.mismatchedSeqs).push(group.seq);
    // A gap alone leaves the row after it trusted (its own hash is intact); every other problem keeps it out.
    if (problems.some((p) => p.problem !== 'gap')) walk.bad.push(group.seq);
    if (walk.registered) problems.forEach(report);
    walk.lastSeq = group.seq;
    const next = (linked.length ? linked : intact).map((r) => r.hash);
    walk.lastHashes = next.length ? next : parsed.map((r) => r.hash);
  };

  return {
    add(groups: readonly VersionGroup[]): void {
      for (const group of groups) {
        if (!current || current.deviceId !== group.deviceId) {
          if (current) finish(current);
          current = begin(group.deviceId);
        }
        step(current, group);
      }
    },
    result(): TeamVerification {
      if (current) {
        finish(current);
        current = undefined;
      }
      // Devices that pushed checkpoints but whose rows are all gone.
      for (const [deviceId, list] of byDevice) {
        if (devices.some((d) => d.deviceId === deviceId) || !registry.has(deviceId)) continue;
        for (const c of list) report({ deviceId, seq: c.seq, problem: 'head-mismatch' });
        devices.push({ deviceId, status: 'unsigned', rows: 0, trustedRows: 0, signedSeq: -1, foreignCheckpoints: 0 });
      }
      return { rows, trustedRows, devices, issues, issueCount, trusted };
    },
  };
}

/** How many of a sorted list are ≤ a value (binary search). */
function countUpTo(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
