import { computed, signal, type Signal } from '@preact/signals-react';
import type { Template } from '../model';
import type { SnippetField } from '../templates/snippets';

/** How a reply went in (logged with `template.inserted`). */
export type ReplyVia = 'click' | 'hotkey' | 'search' | 'playbook' | 'shortcut' | 'sidebar';

/** A reply as offered for insert: the template and, when it has any, the snippet fields still to fill or choose. */
export interface Fillable {
  template: Template;
  fields?: SnippetField[];
}

/** A reply waiting on its snippet form: what was picked, how, by which panel part, and what follows a written insert. */
export interface PendingInsert<Item extends Fillable> {
  item: Item;
  rank: number;
  via: ReplyVia;
  owner: string;
  done?: (written: Item) => void;
  /** What the filled reply becomes in the box (a short code's expansion keeps the text around the code). */
  compose?: (filled: Item) => Item;
}

export type InsertOutcome = 'written' | 'form' | 'refused';

/** One snippet form open per page at a time, whichever part of the panel asked for it. */
export function sharedPendingInsert<Item extends Fillable>(): Signal<PendingInsert<Item> | null> {
  return signal<PendingInsert<Item> | null>(null);
}

/**
 * The one way a reply goes in, for every path (suggestion click, hotkey, `/` picker, quick-phrase sidebar, playbook
 * step, short code): a reply with snippet fields (`{选择:…}`, `{填写:…}`) first opens the snippet form, and only the filled text is
 * written; one without fields is written at once. `offer` fills the template again with the form's answers, `write`
 * puts text in the host's reply box (false when refused). The form is this owner's while `pending` holds its insert.
 */
export function createInsertFlow<Item extends Fillable>(
  pending: Signal<PendingInsert<Item> | null>,
  owner: string,
  offer: (item: Item, values: Readonly<Record<string, string>>) => Item | undefined,
  write: (item: Item, rank: number, via: ReplyVia) => boolean,
) {
  const form = computed(() => (pending.value?.owner === owner ? pending.value : null));

  function insert(item: Item, rank: number, via: ReplyVia, done?: (written: Item) => void, compose?: (filled: Item) => Item): InsertOutcome {
    if (item.fields?.length) {
      pending.value = { item, rank, via, owner, ...(done ? { done } : {}), ...(compose ? { compose } : {}) };
      return 'form';
    }
    if (form.value) pending.value = null;
    if (!write(item, rank, via)) return 'refused';
    done?.(item);
    return 'written';
  }

  /** The form's answers (by field id). False while a field is still open (the form stays); true once it is closed. */
  function submit(values: Readonly<Record<string, string>>): boolean {
    const open = form.value;
    if (!open) return false;
    const answered = offer(open.item, values);
    if (answered?.fields?.length) return false;
    pending.value = null;
    const filled = answered && (open.compose ? open.compose(answered) : answered);
    if (filled && write(filled, open.rank, open.via)) open.done?.(filled);
    return true;
  }

  function cancel(): void {
    if (form.value) pending.value = null;
  }

  return { form, insert, submit, cancel };
}

export type InsertFlow<Item extends Fillable> = ReturnType<typeof createInsertFlow<Item>>;
