import { shopeeProfile } from './profile';

/** The market code of the page's host (ID, TH, BR …): part of the buyer's identity, since usernames are per market. */
export function regionFor(doc: Document): string | undefined {
  const host = URL.canParse(doc.URL) ? new URL(doc.URL).hostname : '';
  return shopeeProfile.regions.find((r) => host === r.host)?.code;
}
