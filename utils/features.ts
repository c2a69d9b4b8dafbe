import type { PageKind } from './model';
import type { PageSession } from './content/page-session';
import type { SiteAdapter } from './sites/types';
import { logAction } from './log/log-action';

/**
 * One thing the extension does on a seller page (in the spirit of refined-github's `features.add(import.meta.url, …)`).
 * Its id is the name of its file: `utils/content-script/features/<id>.tsx` registers it, its page logic is
 * `utils/content/<id>.ts` (CONTRIBUTING, "Adding a feature"). `start` sets it up for the page's session and tears down
 * when `stop` aborts; what it returns is handed to its panel. Features talk to each other only through the session
 * (snapshot, buyer log, replies sent) and the log (`onLogged`).
 */
export interface Feature<Api = unknown, PanelComponent = unknown> {
  id: string;
  /** Where its panel sits in the panel body, top to bottom (features with a Panel only). */
  order?: number;
  /** Features start by this, lower first (default 0), then by id: a feature whose listeners must run first says so. */
  startOrder?: number;
  pageKinds: readonly PageKind[];
  /** Further conditions on the page's adapter (a remark editor, a reply box). */
  needs?: (adapter: SiteAdapter) => boolean;
  start: (session: PageSession, stop: AbortSignal) => Api;
  /** Its part of the panel body. */
  Panel?: PanelComponent;
  /** Shown on the host page itself, outside the panel and even when the panel is collapsed (a mark by the send button). */
  Overlay?: PanelComponent;
  /** Its line in the collapsed panel or the narrow rail (the timer, the top suggestion). */
  Rail?: PanelComponent;
}

export type FeatureDefinition<Api = unknown, PanelComponent = unknown> = Omit<Feature<Api, PanelComponent>, 'id'>;

/** Keeps each feature's API type tied to its panel's props; the id comes from the file that exports it. */
export function defineFeature<Api, PanelComponent = unknown>(feature: FeatureDefinition<Api, PanelComponent>): FeatureDefinition<Api, PanelComponent> {
  return feature;
}

/** `…/features/send-guard.tsx` → `send-guard`. */
export const featureIdOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');

/** The registry from the feature files (path → definition, as `import.meta.glob` gives them), in start order. */
export function featuresFromFiles<PanelComponent, Api = never>(files: Record<string, FeatureDefinition<Api, PanelComponent>>): Feature<unknown, PanelComponent>[] {
  const features = Object.entries(files).map(([path, definition]) => ({ ...(definition as FeatureDefinition<unknown, PanelComponent>), id: featureIdOf(path) }));
  const orders = features.filter((f) => f.Panel).map((f) => f.order);
  if (orders.some((order) => order === undefined) || new Set(orders).size !== orders.length)
    throw new Error(`every feature with a panel needs its own order: ${features.map((f) => `${f.id}=${f.order}`).join(', ')}`);
  return features.sort((a, b) => (a.startOrder ?? 0) - (b.startOrder ?? 0) || a.id.localeCompare(b.id));
}

/** The running features' panels, top to bottom. */
export const inPanelOrder = <T extends { feature: Feature<unknown, unknown> }>(running: readonly T[]): T[] =>
  [...running].sort((a, b) => (a.feature.order ?? Infinity) - (b.feature.order ?? Infinity));

export interface RunningFeature<PanelComponent = unknown> {
  feature: Feature<unknown, PanelComponent>;
  api: unknown;
}

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 300);

/** Logs that a feature broke (once per page session and stage); the panel and the other features carry on. */
export function reportFeatureFailure(featureId: string, stage: 'start' | 'render', error: unknown): void {
  console.error(`[kefu] feature ${featureId} failed to ${stage}`, error);
  logAction('feature.failed', { featureId: featureId.slice(0, 40), stage, error: describe(error) });
}

/**
 * Starts every feature that applies to the page, each on its own: one that throws is reported and left out, the
 * rest run. Returns the running ones (in registry order, for the panel) and the stop function.
 */
export function startFeatures<PanelComponent>(features: readonly Feature<unknown, PanelComponent>[], session: PageSession): { running: RunningFeature<PanelComponent>[]; stop: () => void } {
  const controller = new AbortController();
  const running: RunningFeature<PanelComponent>[] = [];
  for (const feature of features) {
    if (!feature.pageKinds.includes(session.adapter.pageKind) || (feature.needs && !feature.needs(session.adapter))) continue;
    try {
      running.push({ feature, api: feature.start(session, controller.signal) });
    } catch (error) {
      reportFeatureFailure(feature.id, 'start', error);
    }
  }
  return { running, stop: () => controller.abort() };
}
