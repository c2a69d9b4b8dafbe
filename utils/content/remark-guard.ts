import { computed, effect, signal } from '@preact/signals-react';
import { logAction } from '../log/log-action';
import { formatRemark } from '../remark/format-remark';
import { parseRemark } from '../remark/parse-remark';
import type { RemarkError } from '../remark/remark-errors';
import { appendRemarkEntry, checkRemarkSave, type RemarkSaveCheck } from '../remark/remark-save';
import { formatRemarkTime } from '../remark/remark-time';
import { siteFlags, siteRemarkLimit } from '../remark/site-remark';
import { validateEntry } from '../remark/validate-remark';
import { earlierLineEdits, freeTextReason, restoreEarlierLines } from '../remark/remark-recovery';
import { remarkFormatStore } from '../storage';
import { settings } from '../state/settings';
import { guardSubmit, onCapture } from './capture';
import type { PageSession } from './page-session';
import { writeReplyBox } from './fill-input';
import { storedSignal } from './stored-signal';

/** What the panel shows of the open remark editor: data only, read afresh from the page. */
export interface EditorView {
  orderNo: string;
  saved: string;
  flag: string | undefined;
  /** The host's own save button as the host labels it (抖店 确定, Pinduoduo 保存). */
  saveLabel: string | undefined;
}

export interface RemarkDraft {
  changeType: string;
  reason: string;
  note: string;
  flag: string;
  /** The order the draft was started for: it is never filled into another order's remark box. */
  orderNo?: string;
}

export interface RemarkSaveState {
  check: RemarkSaveCheck;
  text: string;
  confirmed: boolean;
}

export type RemarkNotice = 'noEditor' | 'orderChanged' | 'draftReset' | 'noStaffId' | 'invalid' | 'tooLong' | 'filled';

const CLOCK_MS = 15_000;

/** The remark builder, its fill into the site's editor, and the guard on the site's own save. */
export function startRemarkGuard(session: PageSession, stop: AbortSignal, doc: Document = document) {
  const { adapter } = session;
  const readEditor = () => adapter.remarkEditor?.(doc) ?? null;
  const { value: format, release: unwatchFormat } = storedSignal(remarkFormatStore);

  const editor = signal<EditorView | null>(null);
  const syncEditor = () => {
    const e = readEditor();
    const saveLabel = e ? adapter.remarkSaveButton?.(doc)?.textContent?.trim() || undefined : undefined;
    const next = e && { orderNo: e.orderNo, saved: e.saved, flag: e.flag, saveLabel };
    const prev = editor.value;
    if (prev?.orderNo !== next?.orderNo || prev?.saved !== next?.saved || prev?.flag !== next?.flag || prev?.saveLabel !== next?.saveLabel) editor.value = next;
  };
  const stopSync = effect(() => {
    void session.reads.value;
    syncEditor();
  });

  const flags = computed(() => siteFlags(format.value, adapter.site));
  const limit = computed(() => siteRemarkLimit(format.value, adapter.site));
  const freshDraft = (): RemarkDraft => ({ changeType: format.value.changeTypes[0]!, reason: '', note: '', flag: format.value.defaultFlag });
  const draft = signal<RemarkDraft>(freshDraft());
  /** The order a draft in progress belongs to, when the editor now shows another: the panel says it was cleared. */
  const resetFrom = signal<string | null>(null);
  const now = signal(Date.now());
  const clock = setInterval(() => (now.value = Date.now()), CLOCK_MS);
  const notice = signal<RemarkNotice | null>(null);
  const saveState = signal<RemarkSaveState | null>(null);

  /** The flag the builder uses: the chosen one when this site offers it, else the format's default. */
  const builderFlag = () => (flags.value.includes(draft.value.flag) ? draft.value.flag : format.value.defaultFlag);
  const entryAt = (time: number) => {
    const f = format.value;
    const d = draft.value;
    const flag = builderFlag();
    return formatRemark(
      { flag, changeType: d.changeType, reason: d.reason, staffId: settings.value.agent?.staffId, time: formatRemarkTime(new Date(time), f.timePattern, f.timeZone), note: d.note },
      f,
    );
  };
  const preview = computed(() => {
    const entry = entryAt(now.value);
    const errors: RemarkError[] = validateEntry(entry, format.value, adapter.site);
    const whole = appendRemarkEntry(editor.value?.saved ?? '', entry);
    return { entry, errors, whole, limit: limit.value, tooLong: whole.length > limit.value };
  });

  /** On a list page the remark's buyer is the buyer of that order's row, not the page's (a list has none). */
  const forOrder = (orderNo: string) => {
    const result = session.snapshot.value;
    if (!result.ok || result.snapshot.buyer) return {};
    const name = result.snapshot.orders.find((o) => o.orderNo === orderNo)?.buyerName;
    return name ? { buyer: { displayName: name, idKind: 'nick' as const } } : {};
  };

  function fill(): void {
    const live = readEditor();
    const shown = editor.value;
    if (!live || !shown) return void (notice.value = 'noEditor');
    if (live.orderNo !== shown.orderNo || (draft.value.orderNo && draft.value.orderNo !== live.orderNo)) {
      syncEditor();
      return void (notice.value = 'orderChanged');
    }
    if (!settings.value.agent?.staffId) return void (notice.value = 'noStaffId');
    const entry = entryAt(Date.now());
    if (validateEntry(entry, format.value, adapter.site).length > 0) return void (notice.value = 'invalid');
    const whole = appendRemarkEntry(live.saved, entry);
    if (whole.length > limit.value) return void (notice.value = 'tooLong');
    const flag = builderFlag();
    writeReplyBox(live.input, whole);
    live.selectFlag(flag);
    saveState.value = null;
    notice.value = 'filled';
    logAction('remark.built', { orderNo: live.orderNo, changeType: draft.value.changeType, flag, length: whole.length }, forOrder(live.orderNo));
  }

  /** Runs on the person's own save; returns whether the site's save may go ahead. */
  function checkSave(via: 'button' | 'enter'): boolean {
    const live = readEditor();
    if (!live) return true;
    const text = live.input.value;
    const check = checkRemarkSave(live.saved, text, format.value, adapter.site);
    if (check.added.length === 0 && check.removed.length === 0) return true;
    const confirmed = saveState.value?.confirmed && saveState.value.text === text;
    if (check.decision === 'block' || (check.decision === 'confirm' && !confirmed)) {
      saveState.value = { check, text, confirmed: false };
      if (check.decision === 'block') {
        logAction('remark.blocked', { orderNo: live.orderNo, fields: unique(check.errors.map((e) => e.field)), codes: unique(check.errors.map((e) => e.code)), via }, forOrder(live.orderNo));
      }
      return false;
    }
    const last = check.added.at(-1);
    const fields = last ? parseRemark(last, format.value).fields : {};
    logAction(
      'remark.saved',
      {
        orderNo: live.orderNo,
        ...(fields.changeType ? { changeType: fields.changeType.slice(0, 12) } : {}),
        ...(live.flag ? { flag: live.flag } : {}),
        valid: check.errors.length === 0,
        linesAdded: check.added.length,
        via,
      },
      forOrder(live.orderNo),
    );
    if (check.removed.length > 0) logAction('remark.edited_existing', { orderNo: live.orderNo, removedLines: check.removed.length }, forOrder(live.orderNo));
    saveState.value = null;
    notice.value = null;
    return true;
  }

  function confirmSave(): void {
    const state = saveState.value;
    if (state && state.check.decision === 'confirm') saveState.value = { ...state, confirmed: true };
  }

  const listeners = new AbortController();
  const win = doc.defaultView!;
  guardSubmit(
    win,
    () => adapter.remarkSaveButton?.(doc),
    (target) => !!adapter.remarkEnterSaves && target === readEditor()?.input,
    checkSave,
    listeners.signal,
  );
  onCapture(
    win,
    'input',
    (event) => {
      const state = saveState.value;
      if (state && event.target === readEditor()?.input && (event.target as HTMLTextAreaElement).value !== state.text) saveState.value = null;
    },
    listeners.signal,
    { alsoUntrusted: true },
  );

  // A draft belongs to the order it was started for: when the remark box moves to another order, it is cleared.
  const stopBinding = effect(() => {
    const shownOrder = editor.value?.orderNo;
    const bound = draft.peek().orderNo;
    if (!bound || !shownOrder || bound === shownOrder) return;
    draft.value = freshDraft();
    resetFrom.value = bound;
    notice.value = 'draftReset';
  });

  stop.addEventListener('abort', () => {
    listeners.abort();
    clearInterval(clock);
    stopSync();
    stopBinding();
    unwatchFormat();
  });

  return {
    format,
    editor,
    siteFlags: flags,
    draft,
    preview,
    notice,
    saveState,
    fill,
    confirmSave,
    resetFrom,
    /** A blocked free-text remark: its words become the reason of one line in the shop's format, filled in its place. */
    useTextAsReason(): void {
      const state = saveState.value;
      if (!state) return;
      const edits = new Set(earlierLineEdits(state.check.removed, state.check.added, format.value).flatMap((e) => (e.after ? [e.after] : [])));
      const reason = freeTextReason(
        state.check.added.filter((line) => !edits.has(line)),
        format.value,
      );
      if (!reason) return;
      draft.value = { ...draft.value, reason, orderNo: editor.value?.orderNo };
      fill();
    },
    /** Earlier lines edited or deleted by hand go back as they were; the agent's new lines stay. */
    restoreEarlier(): void {
      const live = readEditor();
      if (!live) return;
      writeReplyBox(live.input, restoreEarlierLines(live.saved, live.input.value, format.value));
      saveState.value = null;
    },
    setDraft(next: Partial<RemarkDraft>) {
      draft.value = { ...draft.value, ...next, orderNo: draft.value.orderNo ?? editor.value?.orderNo };
      notice.value = null;
      resetFrom.value = null;
    },
  };
}

const unique = <T>(items: T[]) => [...new Set(items)];

export type RemarkGuard = ReturnType<typeof startRemarkGuard>;
