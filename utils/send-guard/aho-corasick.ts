/** A multi-pattern matcher: one pass over the text finds every occurrence of every pattern. */
export interface Match {
  start: number;
  end: number;
  pattern: number;
}

interface Node {
  next: Map<number, number>;
  fail: number;
  /** Patterns ending here (including through fail links), as indexes. */
  out: number[];
}

export class AhoCorasick {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
  private readonly lengths: number[];

  constructor(patterns: readonly string[]) {
    this.lengths = patterns.map((p) => p.length);
    patterns.forEach((pattern, index) => {
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const ch = pattern.charCodeAt(i);
        let next = this.nodes[state]!.next.get(ch);
        if (next === undefined) {
          next = this.nodes.length;
          this.nodes.push({ next: new Map(), fail: 0, out: [] });
          this.nodes[state]!.next.set(ch, next);
        }
        state = next;
      }
      this.nodes[state]!.out.push(index);
    });
    const queue: number[] = [...this.nodes[0]!.next.values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [ch, child] of this.nodes[state]!.next) {
        let fail = this.nodes[state]!.fail;
        while (fail !== 0 && !this.nodes[fail]!.next.has(ch)) fail = this.nodes[fail]!.fail;
        const target = this.nodes[fail]!.next.get(ch);
        this.nodes[child]!.fail = target !== undefined && target !== child ? target : 0;
        this.nodes[child]!.out.push(...this.nodes[this.nodes[child]!.fail]!.out);
        queue.push(child);
      }
    }
  }

  /**
   * Every match in `text`; positions are UTF-16 offsets, as String.slice uses (patterns match by code unit).
   * With `foldCase`, Latin and Cyrillic capitals match lower-case patterns, folded per character so that no
   * lower-cased copy of the text is made (the send path runs on every Enter; allocation is what its tail is made of).
   */
  search(text: string, foldCase = false): Match[] {
    const matches: Match[] = [];
    const nodes = this.nodes;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = foldCase ? foldChar(text.charCodeAt(i)) : text.charCodeAt(i);
      let next = nodes[state]!.next.get(ch);
      while (next === undefined && state !== 0) {
        state = nodes[state]!.fail;
        next = nodes[state]!.next.get(ch);
      }
      state = next ?? 0;
      const out = nodes[state]!.out;
      for (let k = 0; k < out.length; k++) matches.push({ start: i + 1 - this.lengths[out[k]!]!, end: i + 1, pattern: out[k]! });
    }
    return matches;
  }
}

/** A–Z, А–Я and Ё to lower case; everything else unchanged. */
function foldChar(ch: number): number {
  if (ch >= 0x41 && ch <= 0x5a) return ch + 0x20;
  if (ch >= 0x410 && ch <= 0x42f) return ch + 0x20;
  return ch === 0x401 ? 0x451 : ch;
}
