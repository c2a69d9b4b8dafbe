/** What is shown in place of a secret on screen (the copy button still hands over the real text). */
export const MASK = '••••••••';

/** The text with every occurrence of each secret replaced by the mask; longer secrets first, so none is half-masked. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) out = out.split(secret).join(MASK);
  return out;
}

/** A connection code shown by its ends only (it carries a password): enough to tell two apart, not to use one. */
export function maskCode(code: string): string {
  return code.length <= 12 ? MASK : `${code.slice(0, 6)}${MASK}${code.slice(-4)}`;
}

/**
 * Whether a server address sends passwords and the log in the clear: `http://` to anything but this computer
 * (localhost, 127.0.0.0/8, ::1), where a test server may well run without TLS.
 */
export function isPlainHttp(url: string): boolean {
  if (!/^http:\/\//i.test(url.trim())) return false;
  if (!URL.canParse(url.trim())) return true;
  const host = new URL(url.trim()).hostname;
  return !(host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host));
}
