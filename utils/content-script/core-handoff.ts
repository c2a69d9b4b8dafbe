import type { ContentScriptContext } from '#imports';

/**
 * What a site's first script leaves for the core it asked the background to inject. Both run in the extension's
 * isolated world, whose globals the page never sees; the key is `Symbol.for` because the two are separate bundles.
 */
export interface CoreHandoff {
  /** The first script's context: the core stops when it is invalidated. */
  ctx: ContentScriptContext;
  /** The first script's entrypoint name, whose stylesheet (`content-scripts/<name>.css`) the panel uses. */
  entrypoint: string;
  taken?: boolean;
}

const KEY = Symbol.for('kefu-assist.core-handoff');
type WithHandoff = typeof globalThis & { [KEY]?: CoreHandoff };

export function offerHandoff(handoff: CoreHandoff): void {
  (globalThis as WithHandoff)[KEY] = handoff;
}

/** The first script's handoff, once: a core injected again for the same first script (a race of two asks) gets nothing. */
export function takeHandoff(): CoreHandoff | undefined {
  const handoff = (globalThis as WithHandoff)[KEY];
  if (!handoff || handoff.taken) return undefined;
  handoff.taken = true;
  return handoff;
}
