import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * A UUID (version 8, RFC 9562) derived from the parts, so the same observed thing always gets the same action id
 * and the log's id dedupe stores it once, across reloads and tabs.
 */
export function stableActionId(...parts: string[]): string {
  const bytes = sha256(utf8ToBytes(parts.join('\u0000'))).slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytesToHex(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A short digest standing in for text that must not be stored (a buyer's message). */
export function textDigest(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text))).slice(0, 16);
}
