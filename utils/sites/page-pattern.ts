import { MatchPattern } from 'wxt/utils/match-patterns';

/** Every origin with every path: `at(['https://a.com', 'https://b.com'], ['/chat/*'])` → two match patterns. */
export const at = (origins: readonly string[], paths: readonly string[]): string[] => origins.flatMap((origin) => paths.map((path) => `${origin}${path}`));

/** A page kind's `isPage`, derived from its match patterns: one of `match` includes the URL and none of `exclude`. */
export function pageTest(page: { match: readonly string[]; exclude: readonly string[] }): (url: URL) => boolean {
  const match = page.match.map((p) => new MatchPattern(p));
  const exclude = page.exclude.map((p) => new MatchPattern(p));
  // By its text: MatchPattern tests `instanceof Location`, which a worker or Node does not define.
  return (url) => match.some((p) => p.includes(url.href)) && !exclude.some((p) => p.includes(url.href));
}

/** Where a page kind's content script goes: its `inject` patterns, else its `match` patterns. */
export const injectPatterns = (page: { match: readonly string[]; inject: readonly string[] }): readonly string[] => (page.inject.length ? page.inject : page.match);
