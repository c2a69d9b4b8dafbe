import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { logAction } from '@/utils/log/log-action';
import { CUSTOM_FIELDS, customSiteId, customSiteSchema, REQUIRED_CUSTOM_FIELDS, type CustomSite, type PageKind } from '@/utils/model';
import { customSiteModule, matchesPattern, suggestPattern } from '@/utils/sites/custom';
import { isValidSelector } from '@/utils/sites/fields';
import { customSitesStore } from '@/utils/storage';
import { SecureField } from '../panel/SecureField';
import { FieldRows, fieldLabel } from './FieldRows';
import { PickHighlight } from './PickHighlight';
import { usePickMode } from './use-pick-mode';
import { PickOutcome } from './PickOutcome';
import { Options } from '../Options';
import { useTr } from '../use-tr';

/** One page of the draft merged into the site's stored definition (same host, same site; same kind replaced). */
function merged(existing: CustomSite | undefined, draft: CustomSite): CustomSite {
  if (!existing) return draft;
  return { ...existing, name: draft.name, replyWithinSec: draft.replyWithinSec, pages: [...existing.pages.filter((p) => p.kind !== draft.pages[0]!.kind), ...draft.pages] };
}

/**
 * A lead teaches a backend no adapter knows, on its own page: name, addresses, page kind, and each part picked on
 * the page; the card reads the page with the draft as it goes, and Save adds the site to the team policy (the
 * panel then opens here as on any supported backend).
 */
export function TeachSitePicker({ doc, isOwn }: { doc: Document; isOwn: (node: EventTarget) => boolean }) {
  const tr = useTr();
  const url = new URL(doc.location.href);
  const [name, setName] = useState(() => (doc.title.trim() || url.hostname).slice(0, 40));
  const [kind, setKind] = useState<PageKind>('chat');
  const [urlPattern, setUrlPattern] = useState(() => suggestPattern(url));
  const [replyMin, setReplyMin] = useState('3');
  const [enterSends, setEnterSends] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [reads, setReads] = useState(0);
  // The card sits on one side; the lead moves it off whatever it covers.
  const [left, setLeft] = useState(false);
  const ref = useRef<HTMLElement>(null);
  const set = (field: string, selector: string) => setFields((f) => ({ ...f, [field]: selector }));
  const pick = usePickMode(doc, isOwn, set);
  // The page changes under the card (a new message): the preview reads it again, at most every 200 ms.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => (timer ??= setTimeout(() => ((timer = undefined), setReads((n) => n + 1)), 200)));
    observer.observe(doc.body, { subtree: true, childList: true, characterData: true });
    return () => (observer.disconnect(), clearTimeout(timer));
  }, [doc]);

  const names = CUSTOM_FIELDS[kind];
  const usable = Object.fromEntries(Object.entries(fields).filter(([f, v]) => (names as readonly string[]).includes(f) && v.trim() && isValidSelector(v)));
  const draft = customSiteSchema.safeParse({
    id: customSiteId(url.hostname),
    name,
    replyWithinSec: Math.round(Number(replyMin) * 60),
    pages: [{ kind, urlPattern, enterSends, fields: usable }],
  });
  void reads;
  const preview = draft.success ? customSiteModule(draft.data).adapters[0]!.snapshot(doc) : undefined;

  const save = async () => {
    if (!draft.success) return setStatus({ ok: false, text: `${draft.error.issues[0]?.path.join('.')}: ${draft.error.issues[0]?.message}` });
    if (!matchesPattern(urlPattern, url)) return setStatus({ ok: false, text: `${tr('picker.urlPattern')}: ${url.href}` });
    const missing = REQUIRED_CUSTOM_FIELDS[kind].filter((f) => !usable[f]);
    if (missing.length) return setStatus({ ok: false, text: tr('picker.required', { fields: missing.map((f) => fieldLabel(tr, f)).join('、') }) });
    const sites = await customSitesStore.load();
    const existing = sites.find((s) => s.id === draft.data.id);
    await customSitesStore.save([...sites.filter((s) => s.id !== draft.data.id), merged(existing, draft.data)]);
    logAction('site.defined', { site: draft.data.id, pageKind: kind, fields: Object.keys(usable) });
    setStatus({ ok: true, text: tr('picker.saved') });
  };

  const root = ref.current?.getRootNode();
  const highlight = root instanceof ShadowRoot && createPortal(<PickHighlight rect={pick.hover} />, root);
  // While picking, the card shrinks to one line at the top, so it covers nothing the lead may want to point at.
  if (pick.picking) {
    return (
      <section className="kefu-picker kefu-teach is-picking" ref={ref} data-testid="kefu-teach-picker">
        <span>{tr('picker.picking', { field: fieldLabel(tr, pick.picking) })}</span>
        <button type="button" onClick={pick.stop}>
          {tr('picker.cancel')}
        </button>
        {highlight}
      </section>
    );
  }
  return (
    <section className={`kefu-picker kefu-teach${left ? ' is-left' : ''}`} ref={ref} data-testid="kefu-teach-picker">
      <div className="kefu-row">
        <h3>{tr('picker.teachTitle')}</h3>
        <button type="button" onClick={() => setLeft(!left)} aria-label={tr(left ? 'panel.dockRight' : 'panel.dockLeft')} data-testid="teach-side">
          {left ? '⇥' : '⇤'}
        </button>
      </div>
      <label>
        {tr('picker.siteName')}
        <SecureField value={name} maxLength={40} label={tr('picker.siteName')} onChange={setName} testId="teach-name" />
      </label>
      <label>
        {tr('picker.urlPattern')}
        <SecureField value={urlPattern} monospace label={tr('picker.urlPattern')} onChange={setUrlPattern} testId="teach-pattern" />
      </label>
      <div className="kefu-row">
        <label>
          {tr('picker.pageKind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as PageKind)} data-testid="teach-kind">
            <Options values={['chat', 'orderList', 'orderDetail'] as const} label={(k) => tr(`picker.kind.${k}`)} />
          </select>
        </label>
        <label>
          {tr('picker.replyWithin')}
          <SecureField type="number" min={0.2} step={0.5} value={replyMin} label={tr('picker.replyWithin')} onChange={setReplyMin} className="is-short" testId="teach-reply-within" />
        </label>
        {kind === 'chat' && (
          <label>
            <input type="checkbox" checked={enterSends} onChange={(e) => setEnterSends(e.target.checked)} /> {tr('picker.enterSends')}
          </label>
        )}
      </div>
      <p className="kefu-muted">{tr('picker.hint')}</p>
      <FieldRows doc={doc} names={names} values={fields} basis={pick.basis} picking={pick.picking} onChange={set} onPick={(f) => (pick.picking === f ? pick.stop() : pick.start(f))} />
      <PickOutcome tr={tr} read={preview ?? undefined} status={status} testIdPrefix="kefu-teach" />
      <button type="button" className="kefu-primary" onClick={() => void save()} data-testid="kefu-teach-save">
        {tr('picker.save')}
      </button>
      {highlight}
    </section>
  );
}
