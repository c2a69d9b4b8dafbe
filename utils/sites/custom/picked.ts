import type { CustomPage } from '../../model';
import { selectAll } from '../fields';

/** The first element a lead's picked selector finds for a field, or null when the field was not picked or is absent. */
export const firstPicked =
  (fields: CustomPage['fields']) =>
  (name: string) =>
  (doc: Document): HTMLElement | null =>
    fields[name] ? ((selectAll(doc, fields[name])[0] as HTMLElement | undefined) ?? null) : null;
