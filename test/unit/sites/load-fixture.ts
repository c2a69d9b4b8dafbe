import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Parses a saved seller page into a Document (scripts are not run). Tests run from the project root. */
export function loadFixture(path: string): Document {
  const html = readFileSync(join(process.cwd(), 'test/fixtures/sites', path), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}
