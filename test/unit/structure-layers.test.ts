import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Where a specifier points inside `utils/`, or undefined for packages and other folders. */
function target(file: string, specifier: string): string | undefined {
  const path = specifier.startsWith('@/') ? specifier.slice(2) : specifier.startsWith('.') ? normalize(join(dirname(file), specifier)) : undefined;
  return path?.startsWith('utils/') ? path : undefined;
}

/** The room an import lands in: a folder of `utils/`, or a file of its own at the top. */
const roomOf = (path: string) =>
  relative('utils', path)
    .split('/')[0]!
    .replace(/\.tsx?$/, '');

/** Import edges between the rooms of `utils/`, each with the first file and specifier that makes it. */
function roomEdges(dir: string): Map<string, Map<string, string>> {
  const edges = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(dir)) {
    for (const [, specifier] of readFileSync(join(ROOT, file), 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
      const to = target(file, specifier!);
      if (!to) continue;
      const [a, b] = [roomOf(file), roomOf(to)];
      if (a === b) continue;
      if (!edges.has(a)) edges.set(a, new Map());
      if (!edges.get(a)!.has(b)) edges.get(a)!.set(b, `${file} → ${specifier}`);
    }
  }
  return edges;
}

/** The loops among rooms (Tarjan's strongly connected components of more than one room). */
function loops(edges: Map<string, Map<string, string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (room: string) => {
    index.set(room, index.size);
    low.set(room, index.get(room)!);
    stack.push(room);
    for (const next of edges.get(room)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(room, Math.min(low.get(room)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(room, Math.min(low.get(room)!, index.get(next)!));
    }
    if (low.get(room) !== index.get(room)) return;
    const loop: string[] = [];
    for (let top = stack.pop()!; ; top = stack.pop()!) {
      loop.push(top);
      if (top === room) break;
    }
    if (loop.length > 1) found.push(loop);
  };
  for (const room of edges.keys()) if (!index.has(room)) visit(room);
  return found;
}

describe('the layers of utils/', () => {
  it('every import between its folders points down: no two folders reach each other', () => {
    const edges = roomEdges('utils');
    const described = loops(edges).map((loop) => loop.flatMap((a) => loop.filter((b) => edges.get(a)?.has(b)).map((b) => `${a} → ${b} (${edges.get(a)!.get(b)})`)).join('; '));
    expect(described, 'move the shared piece down (a schema or type to utils/model/, a feature-only piece into its feature)').toEqual([]);
  });

  it('finds a loop when there is one', () => {
    const edges = new Map([
      ['a', new Map([['b', 'x']])],
      ['b', new Map([['a', 'y']])],
      ['c', new Map([['a', 'z']])],
    ]);
    expect(loops(edges).map((l) => l.sort())).toEqual([['a', 'b']]);
  });
});
