import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { PageSession } from '@/utils/content/page-session';
import { logAction } from '@/utils/log/log-action';
import { siteOverridesSchema } from '@/utils/model';
import { fieldsWorstFirst } from '@/utils/picker/field-shape';
import { isValidSelector } from '@/utils/sites/fields';
import { siteOverridesStore } from '@/utils/storage';
import { settings } from '@/utils/state/settings';
import { FieldRows, fieldLabel } from './FieldRows';
import { PickHighlight } from './PickHighlight';
import { usePickMode } from './use-pick-mode';
import { PickOutcome } from './PickOutcome';
import { useTr } from '../use-tr';

const filled = (draft: Record<string, string>) => Object.fromEntries(Object.entries(draft).filter(([, v]) => v.trim()));

/**
 * A lead fixes how this page is read: each named field (those that read badly first) gets a selector picked on the
 * page or typed, the panel re-reads the page with the draft as it changes, and Save puts it in the team policy.
 */
export function FixPagePicker({ session, onClose }: { session: PageSession; onClose: () => void }) {
  const tr = useTr();
  const lang = settings.value.uiLanguage;
  const [draft, setDraft] = useState<Record<string, string>>(() => ({ ...session.overrides.peek() }));
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const ref = useRef<HTMLElement>(null);
  const isOwn = useCallback((node: EventTarget) => node instanceof Node && !!ref.current && (node === ref.current.getRootNode() || (ref.current.getRootNode() as ShadowRoot).host === node), []);
  const set = (name: string, selector: string) => setDraft((d) => ({ ...d, [name]: selector }));
  const pick = usePickMode(document, isOwn, set);

  // The live preview: the page read with the draft (only selectors that can be used), the saved fixes on close.
  useEffect(() => {
    session.preview(Object.fromEntries(Object.entries(filled(draft)).filter(([, v]) => isValidSelector(v))));
  }, [draft, session]);
  useEffect(() => () => session.preview(null), [session]);

  const result = session.snapshot.value;
  const health = result.health ?? {};
  const named = session.adapter.profile.pages.find((p) => p.kind === session.adapter.pageKind)?.fields ?? {};
  // Every field the profile names (the remark save and message marks are not in a read's health), and any fixed.
  const names = fieldsWorstFirst(health, [...Object.keys(named), ...Object.keys(draft)]);

  const save = async () => {
    const fixes = filled(draft);
    const bad = Object.entries(fixes).find(([, v]) => !isValidSelector(v));
    if (bad) return setStatus({ ok: false, text: `${bad[0]}: ${tr('picker.invalid')}` });
    const all = await siteOverridesStore.load();
    const next = { ...all, [session.adapter.site]: fixes };
    if (Object.keys(fixes).length === 0) delete next[session.adapter.site];
    const parsed = siteOverridesSchema.safeParse(next);
    if (!parsed.success) return setStatus({ ok: false, text: parsed.error.issues[0]?.message ?? '' });
    await siteOverridesStore.save(parsed.data);
    logAction('site.fixed', { site: session.adapter.site, fields: Object.keys(fixes).slice(0, 20) });
    setStatus({ ok: true, text: tr('picker.saved') });
  };

  const root = ref.current?.getRootNode();
  return (
    <section className="kefu-picker" ref={ref} data-testid="kefu-fix-picker">
      <h3>{tr('picker.fixTitle', { site: session.adapter.profile.name[lang] })}</h3>
      <p className="kefu-muted">{pick.picking ? tr('picker.picking', { field: fieldLabel(tr, pick.picking) }) : tr('picker.hint')}</p>
      <FieldRows
        doc={document}
        names={names}
        values={draft}
        health={health}
        basis={pick.basis}
        defaults={named}
        picking={pick.picking}
        onChange={set}
        onPick={(name) => (pick.picking === name ? pick.stop() : pick.start(name))}
      />
      <PickOutcome tr={tr} read={result} status={status} testIdPrefix="kefu-fix" />
      <div className="kefu-row">
        <button type="button" className="kefu-primary" onClick={() => void save()} data-testid="kefu-fix-save">
          {tr('picker.save')}
        </button>
        <button type="button" onClick={onClose} data-testid="kefu-fix-close">
          {tr('picker.cancel')}
        </button>
      </div>
      {root instanceof ShadowRoot && createPortal(<PickHighlight rect={pick.hover} />, root)}
    </section>
  );
}
