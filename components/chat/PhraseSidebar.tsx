import { useSignals } from '@preact/signals-react/runtime';
import { useState } from 'react';
import { SecureField } from '../panel/SecureField';
import type { PhraseSidebar as Api } from '@/utils/content/phrase-sidebar';
import { t } from '@/utils/state/settings';
import { previewSnippets } from '@/utils/templates/snippet-preview';
import { PendingSnippetForm } from './PendingSnippetForm';

/** The quick-phrase list (快捷短语): stays open beside the chat; search box typed in a field the page cannot read. */
export function PhraseSidebar({ api }: { api: Api }) {
  useSignals();
  const tr = t.value;
  const [open, setOpen] = useState(true);
  const groups = api.groups.value;
  const flat = api.flat.value;
  const highlighted = flat[api.highlighted.value];
  const pending = api.pending.value;
  return (
    <div className="kefu-section kefu-phrases" data-testid="kefu-phrases">
      <h3 className="kefu-phrases-head">
        <button type="button" className="kefu-link" aria-expanded={open} onClick={() => setOpen(!open)} title={tr(open ? 'phrases.hide' : 'phrases.show')}>
          {open ? '▾' : '▸'} {tr('phrases.title')}
        </button>
        <span className="kefu-muted">{tr('phrases.language', { language: tr(`lang.${api.language.value}`) })}</span>
      </h3>
      {open && (
        <>
          <SecureField
            value={api.query.value}
            onChange={api.setQuery}
            label={tr('phrases.search')}
            placeholder={tr('phrases.search')}
            maxLength={40}
            testId="kefu-phrase-search"
            onArrow={api.move}
            onEnterUp={() => api.pickHighlighted()}
            onEscape={() => api.setQuery('')}
          />
          <p className="kefu-caret-hint">{tr('phrases.hint')}</p>
          <PendingSnippetForm pending={pending} onSubmit={api.submit} onCancel={api.cancel} />
          {flat.length === 0 && <p className="kefu-muted">{tr('phrases.none')}</p>}
          <div className="kefu-phrase-list" role="listbox" aria-label={tr('phrases.title')}>
            {groups.map((group) => (
              <div key={`${group.owner}|${group.category}`} role="group" aria-label={group.category} data-testid="kefu-phrase-group" data-owner={group.owner}>
                <p className="kefu-phrase-group">
                  {tr(group.owner === 'team' ? 'phrases.team' : 'phrases.personal')} · {group.category}
                </p>
                {group.phrases.map((phrase) => (
                  <button
                    key={phrase.id}
                    type="button"
                    role="option"
                    aria-selected={phrase === highlighted}
                    className="kefu-phrase"
                    data-testid="kefu-phrase"
                    data-template-id={phrase.id}
                    title={previewSnippets(api.preview(phrase))}
                    onClick={() => api.pick(phrase)}
                  >
                    <strong>{phrase.title}</strong>
                    <span>{previewSnippets(phrase.body)}</span>
                  </button>
                ))}
              </div>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
