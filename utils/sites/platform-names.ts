import { PROFILES } from './profiles';

/**
 * What buyers and agents call each marketplace, for the send guard's "another platform" rule: the built-in sites'
 * names come from their profiles (`platformNames`); platforms the product has no adapter for yet are listed here,
 * with the nicknames used to dodge keyword filters (某宝, 夕夕, tb). Site knowledge, so it lives in the site layer.
 */
const WITHOUT_ADAPTER: readonly string[] = [
  ...['淘宝', '某宝', '桃宝', '陶宝', 'taobao', 'tb'],
  ...['天猫', '某猫', 'tmall'],
  ...['京东', '某东', 'jd'],
  ...['快手', '某手'],
  ...['闲鱼', '唯品会', '苏宁', '小红书', '得物', '1688'],
];

/** Dodging nicknames of the built-in sites (夕夕, 某音): a dodge is flagged even on the site itself. */
const NICKNAMES: readonly string[] = ['夕夕', '并夕夕', '拼夕夕', '某音'];

export function platformNames(): string[] {
  return [...new Set([...PROFILES.flatMap((p) => p.platformNames), ...NICKNAMES, ...WITHOUT_ADAPTER])];
}
