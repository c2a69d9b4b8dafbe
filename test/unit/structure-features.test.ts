import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineFeature, featureIdOf, featuresFromFiles, inPanelOrder } from '@/utils/features';

const ROOT = process.cwd();
const GUIDE = 'see CONTRIBUTING.md, "Adding a feature"';
const FEATURE_DIR = 'utils/content-script/features';
const pascal = (id: string) => id.replace(/(^|-)([a-z0-9])/g, (_, _dash, c: string) => c.toUpperCase());
const files = readdirSync(join(ROOT, FEATURE_DIR)).filter((name) => name.endsWith('.tsx'));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('every feature says where it lives', () => {
  it('has its registration files', () => {
    expect(files.length).toBeGreaterThan(5);
    expect(
      readdirSync(join(ROOT, FEATURE_DIR)).filter((name) => !name.endsWith('.tsx')),
      `${FEATURE_DIR}/ holds one .tsx file per feature and nothing else (${GUIDE})`,
    ).toEqual([]);
  });

  for (const file of files) {
    const id = featureIdOf(file);
    const source = read(`${FEATURE_DIR}/${file}`);
    describe(id, () => {
      it('is named in lower case, and its page logic is utils/content/<id>.ts', () => {
        expect(id, `${file}: a feature id is lower case, digits and '-'`).toMatch(/^[a-z][a-z0-9-]*$/);
        expect(existsSync(join(ROOT, 'utils/content', `${id}.ts`)), `utils/content/${id}.ts is missing: the feature's start(session, stop) lives there (${GUIDE})`).toBe(true);
        expect(source, `${file} must register the start function of utils/content/${id}.ts`).toContain(`from '@/utils/content/${id}'`);
        expect(source, `${file} must export default defineFeature({ … })`).toMatch(/export default defineFeature\(\{/);
        expect(source, `${file}: the id comes from the file name, not a field`).not.toMatch(/\bid:\s*'/);
      });

      it('has a panel order when it has a panel', () => {
        if (/\bPanel:/.test(source)) expect(source, `${file} shows a Panel: give it an order (${GUIDE})`).toMatch(/\border:\s*\d+/);
      });

      it('uses its one name in every folder it has', () => {
        // One name: `send-guard` → SendGuard…; a plural id may name its parts in the singular (cases → CaseItem).
        const name = `${pascal(id).replace(/s$/, '')}`;
        const componentDir = join(ROOT, 'components', id);
        if (existsSync(componentDir)) {
          for (const component of readdirSync(componentDir).filter((f) => f.endsWith('.tsx')))
            expect(component, `components/${id}/${component}: a component of ${id} is named ${name}…`).toMatch(new RegExp(`^${name}`));
        }
        for (const [imported, from] of [...source.matchAll(/import \{ (\w+) \} from '@\/components\/([^']+)'/g)].map((m) => [m[1]!, m[2]!] as const)) {
          if (from.startsWith(`${id}/`)) expect(imported, `${file} imports ${imported} from components/${id}/`).toMatch(new RegExp(`^${name}`));
        }
      });
    });
  }

  it('the panel orders are distinct, and no registry repeats the ids', () => {
    const orders = files.map((file) => read(`${FEATURE_DIR}/${file}`).match(/\border:\s*(\d+)/)?.[1]).filter(Boolean);
    expect(new Set(orders).size).toBe(orders.length);
    expect(read('utils/content-script/features.tsx')).not.toMatch(/PANEL_ORDER|id:\s*'/);
  });

  it('the send guard is one name: utils/send-guard/, utils/content/send-guard.ts, components/send-guard/, send-guard-messages', () => {
    for (const path of [
      'utils/send-guard/lint-reply.ts',
      'utils/content/send-guard.ts',
      'components/send-guard/SendGuardPanel.tsx',
      'components/send-guard/SendGuardRules.tsx',
      'utils/i18n/send-guard-messages.ts',
      `${FEATURE_DIR}/send-guard.tsx`,
    ]) {
      expect(existsSync(join(ROOT, path)), `${path} is missing`).toBe(true);
    }
    for (const old of ['utils/lint', 'components/chat/SendGuardPanel.tsx', 'components/dashboard/GuardRules.tsx', 'utils/i18n/rule-messages.ts'])
      expect(existsSync(join(ROOT, old)), `${old} should be gone`).toBe(false);
  });

  it('CONTRIBUTING.md names every place of a feature', () => {
    const guide = read('CONTRIBUTING.md');
    const section = guide.slice(guide.indexOf('## Adding a feature'));
    expect(guide).toContain('## Adding a feature');
    for (const place of [
      `${FEATURE_DIR}/<id>.tsx`,
      'utils/content/<id>.ts',
      'utils/<id>/',
      'components/<id>/',
      'utils/i18n/<id>-messages.ts',
      'test/unit/<id>/',
      'test/unit/structure-features.test.ts',
    ]) {
      expect(section, `"Adding a feature" should name ${place}`).toContain(place);
    }
  });
});

describe('featuresFromFiles', () => {
  const start = () => undefined;
  const Panel = () => null;
  it('takes each id from its file, starts by startOrder then id, and shows panels by order', () => {
    const features = featuresFromFiles({
      './features/b-two.tsx': defineFeature({ pageKinds: ['chat'], start, Panel, order: 1 }),
      './features/a-one.tsx': defineFeature({ pageKinds: ['chat'], start, Panel, order: 2 }),
      './features/z-first.tsx': defineFeature({ pageKinds: ['chat'], start, startOrder: -1 }),
    });
    expect(features.map((f) => f.id)).toEqual(['z-first', 'a-one', 'b-two']);
    expect(inPanelOrder(features.map((feature) => ({ feature }))).map((r) => r.feature.id)).toEqual(['b-two', 'a-one', 'z-first']);
  });
  it('refuses a panel without an order, or two panels in one place', () => {
    expect(() => featuresFromFiles({ 'a.tsx': defineFeature({ pageKinds: ['chat'], start, Panel }) })).toThrow(/own order/);
    expect(() => featuresFromFiles({ 'a.tsx': defineFeature({ pageKinds: ['chat'], start, Panel, order: 1 }), 'b.tsx': defineFeature({ pageKinds: ['chat'], start, Panel, order: 1 }) })).toThrow(
      /own order/,
    );
  });
});
