// @vitest-environment happy-dom
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapterFor } from '@/utils/sites';
import { loadFixture } from './load-fixture';

interface FixturePage {
  url: string;
  file: string;
}
const SITES_DIR = 'test/fixtures/sites';
const PAGES = readdirSync(SITES_DIR).flatMap((site) => (JSON.parse(readFileSync(`${SITES_DIR}/${site}/pages.json`, 'utf8')).pages as FixturePage[]).map((p) => ({ ...p, site })));
/**
 * Not in a read's health: the remark save is looked up on a click; a message's mark is per row (a conversation of
 * agent messages only has no buyer mark, and that is no fault of the page).
 */
const OUTSIDE_READS = new Set(['remarkSave', 'buyerMark', 'agentMark']);
/** Made by the page's own script in a browser (Amazon's kat-textarea builds its textarea in a shadow root): the e2e reads it. */
const BUILT_BY_SCRIPT: Record<string, string[]> = { 'amazon.contact': ['replyBox'] };
const lost = (health: Record<string, string> | undefined, adapterId: string) => Object.entries(health ?? {}).filter(([name, via]) => via === 'missing' && !BUILT_BY_SCRIPT[adapterId]?.includes(name));

describe('selectors as data: the fields a profile names are the fields its adapter reads', () => {
  for (const page of PAGES) {
    const adapter = adapterFor(new URL(page.url))!;
    it(`${page.site}/${page.file} (${adapter.id}) reads every named field of its profile, each found`, () => {
      const fields = adapter.profile.pages.find((p) => p.kind === adapter.pageKind)!.fields;
      const read = adapter.snapshot(loadFixture(`${page.site}/${page.file}`));
      expect(read.ok).toBe(true);
      expect(Object.keys(fields).length).toBeGreaterThan(0);
      for (const name of Object.keys(fields).filter((n) => !OUTSIDE_READS.has(n))) expect(read.health?.[name], `${name} not read`).toBeDefined();
      expect(lost(read.health, adapter.id)).toEqual([]);
    });
  }

  const rehashed = readdirSync(SITES_DIR).flatMap((site) =>
    readdirSync(`${SITES_DIR}/${site}`)
      .filter((f) => f.endsWith('-rehashed.html'))
      .map((f) => ({ site, file: f })),
  );
  for (const { site, file } of rehashed) {
    it(`${site}/${file}: after a class rename no named field is lost (fallbacks take over where the default was a class)`, () => {
      const base = PAGES.find((p) => p.site === site && p.file === file.replace('-rehashed', ''))!;
      const adapter = adapterFor(new URL(base.url))!;
      const read = adapter.snapshot(loadFixture(`${site}/${file}`));
      expect(read.ok).toBe(true);
      expect(lost(read.health, adapter.id)).toEqual([]);
    });
  }
});
