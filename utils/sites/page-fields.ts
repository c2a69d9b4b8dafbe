import type { PageKind, SiteProfile } from '../model';

/**
 * The default selectors of a page's named fields, from its profile: the adapter reads them from there, so the
 * profile is the one place a field's selector is written. A name the profile lacks is a mistake caught at load.
 */
export function pageFields<const N extends string>(profile: SiteProfile, kind: PageKind, names: readonly N[]): Record<N, string> {
  const fields = profile.pages.find((p) => p.kind === kind)?.fields ?? {};
  return Object.fromEntries(
    names.map((name) => {
      const field = fields[name];
      if (!field) throw new Error(`${profile.id} ${kind}: profile names no field ${name}`);
      return [name, field.selector];
    }),
  ) as Record<N, string>;
}
