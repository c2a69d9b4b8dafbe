/** `https://host/path*` as a test of a URL: the host exactly, the path (with its query) as a prefix. */
export function matchesPattern(pattern: string, url: URL): boolean {
  const at = new URL(pattern.slice(0, -1));
  return url.protocol === 'https:' && url.host === at.host && (url.pathname + url.search).startsWith(at.pathname + at.search);
}

/** The origin permission a pattern needs (`https://host/*`). */
export const originPattern = (pattern: string): string => `${new URL(pattern.slice(0, -1)).origin}/*`;

/** The pattern a lead is offered for a page: its host and the first part of its path (`https://erp.x.com/service/*`). */
export function suggestPattern(url: URL): string {
  const first = url.pathname.split('/').filter(Boolean)[0];
  return `${url.origin}/${first ? `${first}/` : ''}*`.replace(/^http:/, 'https:');
}
