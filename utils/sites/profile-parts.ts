import type { PageKind } from '../model';
import type { KpiRuleSpec, PageSpec, ProfileSpec } from './define-profile';

/**
 * The pieces every `utils/sites/<site>/profile.ts` is written with, so that a profile spells out its site's facts
 * and not the schema's wrappers. Each returns what `defineProfile` takes, nothing more: the schema still checks it.
 */

/** Words in both UI languages, Chinese first as the profiles write them: `zhEn('拼多多', 'Pinduoduo')`. */
export const zhEn = (zh: string, en: string) => ({ 'zh-CN': zh, en });
/** A sentence too long for one line with its translation: `{ 'zh-CN': '…', en: '…' }`. */
export type Bilingual = ReturnType<typeof zhEn>;

/** Spans as the platforms state them, in the milliseconds a rule counts. */
export const seconds = (n: number): number => n * 1000;
export const minutes = (n: number): number => n * 60_000;
export const hours = (n: number): number => n * 3_600_000;

/** How a rule counts: its window and, where the platform says so, hours, unit, markets (`kpiRuleSchema`). */
export type Counting = Omit<KpiRuleSpec, 'id' | 'name' | 'definition'>;

/** A platform's reply-time rule: `kpiRule(id, { withinMs: minutes(3), … }, zhEn(name, name), { 'zh-CN': …, en: … })`. */
export const kpiRule = (id: string, counting: Counting, name: Bilingual, definition: Bilingual): KpiRuleSpec => ({ id, name, definition, ...counting });

/** A part the evidence is too weak to build, said in one line of the panel on these pages. */
export const gap = (pageKinds: PageKind[], text: Bilingual): NonNullable<ProfileSpec['gaps']>[number] => ({ pageKinds, text });

type KindlessPage = Omit<PageSpec, 'kind'>;

/** A chat page: whether Enter sends is part of every one (the send guard holds Enter where it does). */
export const chatPage = (spec: KindlessPage & { enterSends: boolean }): PageSpec => ({ kind: 'chat', ...spec });
export const orderListPage = (spec: KindlessPage): PageSpec => ({ kind: 'orderList', ...spec });
export const orderDetailPage = (spec: KindlessPage): PageSpec => ({ kind: 'orderDetail', ...spec });
