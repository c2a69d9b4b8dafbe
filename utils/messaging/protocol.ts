import { z } from 'zod';
import { actionSchema, buyerRefSchema, learnedPhrasingSchema, MAX_TEMPLATES } from '../model';
import { heartbeatSchema } from '../model/heartbeat';
import { candidateSchema } from '../reranker/offscreen-protocol';

/**
 * Every message between contexts: name `domain:verb`, the request schema (parsed where it lands),
 * the response schema, and whether only extension pages (popup, dashboard) may send it.
 */
export const protocol = {
  /** Drafts are judged one by one where they land (utils/db/quarantine.ts): one bad draft never rejects the batch. */
  'log:append': {
    request: z.object({ drafts: z.array(z.unknown()).min(1).max(200) }),
    response: z.object({ acked: z.array(z.string()) }),
    privileged: false,
  },
  'log:recent': {
    request: z.object({ limit: z.number().int().min(1).max(5000) }),
    response: z.array(actionSchema),
    privileged: false,
  },
  /** A buyer's actions for the customer card (content scripts cannot open the extension's database). */
  'customer:actions': {
    request: z.object({ buyer: buyerRefSchema }),
    response: z.array(actionSchema),
    privileged: false,
  },
  /** Promise rows of every buyer, for the handover list in the popup. */
  'promises:all': {
    request: z.object({}),
    response: z.array(actionSchema),
    privileged: true,
  },
  /** Whether the buyer in this tab is waiting, for the badge that counts waiting chats across tabs. */
  'waiting:update': {
    request: z.object({ since: z.number().int().positive().optional(), level: z.enum(['none', 'ok', 'warn', 'late']), risky: z.boolean().optional() }),
    response: z.object({ waitingTabs: z.number().int().nonnegative() }),
    privileged: false,
  },
  /** Checks a pasted team-log connection code against its server (the popup has already asked for the host permission). */
  'sync:test': {
    request: z.object({ code: z.string().max(2000) }),
    response: z.object({ ok: z.boolean(), error: z.string().max(40).optional(), detail: z.string().max(300).optional(), version: z.string().max(40).optional() }),
    privileged: true,
  },
  /** Push the log to the team server now, ignoring the backoff (after a new connection or the agent's "retry"). */
  'sync:now': {
    request: z.object({}),
    response: z.object({ started: z.boolean() }),
    privileged: true,
  },
  /**
   * A lead asked (in the popup, with the origin's permission just granted) to teach the extension the page open in a
   * tab: the content script is injected there and opens the picker.
   */
  'site:teach': {
    request: z.object({ tabId: z.number().int().nonnegative() }),
    response: z.object({ started: z.boolean(), error: z.string().max(300).optional() }),
    privileged: true,
  },
  /** From a content script on a page no adapter knows: whether a lead is teaching this tab right now. */
  'site:teaching': {
    request: z.object({}),
    response: z.object({ teaching: z.boolean() }),
    privileged: false,
  },
  /**
   * The buyer messages an inserted template answered, once the agent sent it ('used') or rewrote most of it or deleted
   * it ('against'): learned into that template's phrasings in the extension's database (never into the action log).
   */
  'learned:record': {
    request: z.object({ templateId: z.string().min(1).max(64), buyerTexts: z.array(z.string().max(2000)).min(1).max(3), outcome: z.enum(['used', 'against']) }),
    response: z.object({ recorded: z.boolean() }),
    privileged: false,
  },
  /** The learned phrasings that rank (used at least twice more than rewritten away), for the ranker on a chat page. */
  'learned:ranking': {
    request: z.object({}),
    response: z.array(learnedPhrasingSchema).max(MAX_TEMPLATES * 50),
    privileged: false,
  },
  /**
   * A site's first script (entrypoints/<site>.content.ts), once the page has painted: inject the core of that script
   * (`core-<script>.js`, the adapters, the panel and the features) into the sender's frame, when a page the script
   * reads is open there. `loaded: false` on a page none of its adapters reads (the first script asks again on a route change).
   */
  'content:core': {
    request: z.object({ script: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/) }),
    response: z.object({ loaded: z.boolean() }),
    privileged: false,
  },
  /**
   * The semantic re-ranker's scores for the lexical candidates (the imported model, in the offscreen document);
   * `scores: null` when it is off, has no model, or cannot run here (Firefox), and the lexical order stands.
   */
  'rerank:score': {
    request: z.object({ message: z.string().max(2000), candidates: z.array(candidateSchema).min(1).max(50) }),
    response: z.object({ scores: z.array(z.number()).max(50).nullable(), reason: z.string().max(300).optional() }),
    privileged: false,
  },
  /** The pinyin of the phrase titles, for the sidebar's search (the dictionary stays out of the seller page's script). */
  'phrases:pinyin': {
    request: z.object({ titles: z.array(z.string().max(200)).max(5000) }),
    response: z.object({ keys: z.record(z.string(), z.object({ initials: z.string(), full: z.string() })) }),
    privileged: false,
  },
  /** The dashboard stored a model file as the candidate: load it and say whether the re-ranker can run it. */
  'rerank:check': {
    request: z.object({}),
    response: z.object({ ok: z.boolean(), featureSize: z.number().int().optional(), embeddingSize: z.number().int().optional(), error: z.string().max(300).optional() }),
    privileged: true,
  },
  /** A chat tab's live state every 15 s, for the lead's wallboard (sent on only while the log is pushed to a team server). */
  'presence:beat': {
    request: heartbeatSchema,
    response: z.object({ sent: z.boolean() }),
    privileged: false,
  },
} as const;

export type MessageType = keyof typeof protocol;
export type MessageRequest<T extends MessageType> = z.input<(typeof protocol)[T]['request']>;
export type MessageResponse<T extends MessageType> = z.infer<(typeof protocol)[T]['response']>;

export type ProtocolMap = { [T in MessageType]: (data: MessageRequest<T>) => MessageResponse<T> };

export function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(protocol, type);
}
