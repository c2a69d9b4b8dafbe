import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as zod from 'zod';
import { z as vendorZ } from '@/entrypoints/vendor-libs/zod';
import { LIB_MODULES } from '@/utils/content-script/vendor-names';

const ROOT = process.cwd();
const sources = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The names a file imports as values from a module (type-only imports and `type` members are not in the bundle). */
function valueImports(code: string, id: string): string[] {
  const pattern = new RegExp(`import\\s+(type\\s+)?\\{([^}]*)\\}\\s*from\\s*['"]${escape(id)}['"]`, 'g');
  return [...code.matchAll(pattern)].flatMap(([, typeOnly, names]) =>
    typeOnly
      ? []
      : names!
          .split(',')
          .map((n) => n.trim())
          .filter((n) => n && !n.startsWith('type '))
          .map((n) => n.split(/\s+as\s+/)[0]!),
  );
}

describe('the vendor libs script holds what the cores import from its packages', () => {
  const files = ['utils', 'components', 'entrypoints'].flatMap(sources).filter((f) => !f.startsWith('entrypoints/vendor-libs/'));
  for (const [id, { key, names }] of Object.entries(LIB_MODULES)) {
    it(`${id}: the code imports only ${names.join(', ')}, and entrypoints/vendor-libs/${key}.ts exports exactly those`, async () => {
      const imported = new Set(files.flatMap((f) => valueImports(readFileSync(join(ROOT, f), 'utf8'), id)));
      expect([...imported].filter((n) => !(names as readonly string[]).includes(n))).toEqual([]);
      expect(imported.size).toBeGreaterThan(0);
      const vendored = (await import(`@/entrypoints/vendor-libs/${key}.ts`)) as Record<string, unknown>;
      expect(Object.keys(vendored).sort()).toEqual([...names].sort());
    });
  }

  it("zod: every member of `z` the code reads is in the vendor's `z` (the same function), or is only a type", () => {
    // A member only ever followed by `<` (z.input<typeof s>, z.ZodType<T>) is read as a type.
    const uses = files.flatMap((f) => [...readFileSync(join(ROOT, f), 'utf8').matchAll(/\bz\.([A-Za-z_$][\w$]*)(<?)/g)].map((m) => ({ name: m[1]!, generic: m[2] === '<' })));
    const read = new Set(uses.filter((u) => !u.generic).map((u) => u.name));
    const runtime = zod.z as unknown as Record<string, unknown>;
    const missing = [...read].filter((name) => !(name in vendorZ) && name in runtime);
    expect(missing).toEqual([]);
    for (const [name, value] of Object.entries(vendorZ)) expect(value, name).toBe(runtime[name]);
    expect(read.has('object') && !read.has('input') && uses.some((u) => u.name === 'input')).toBe(true);
  });

  it('finds a value import, and leaves type-only ones out', () => {
    expect(valueImports(`import { a, type B, c as d } from 'zod';\nimport type { E } from 'zod';`, 'zod')).toEqual(['a', 'c']);
  });
});
