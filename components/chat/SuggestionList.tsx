import type { OfferedReply } from '@/utils/content/reply-writer';
import { previewSnippets } from '@/utils/templates/snippet-preview';

interface Props {
  items: OfferedReply[];
  heading: string;
  emptyText: string;
  insertLabel: string;
  hotkeyLabel: (n: number) => string;
  missingLabel: (names: string) => string;
  onInsert: (index: number) => void;
}

/** The top suggestions (or quick-search hits), each with its filled preview and hotkey. */
export function SuggestionList({ items, heading, emptyText, insertLabel, hotkeyLabel, missingLabel, onInsert }: Props) {
  return (
    <div className="kefu-section" data-testid="kefu-suggestions">
      <h3>{heading}</h3>
      {items.length === 0 && <p className="kefu-muted">{emptyText}</p>}
      <ol className="kefu-suggestions">
        {items.map((item, index) => (
          <li key={item.template.id} data-testid="kefu-suggestion" data-template-id={item.template.id}>
            <div className="kefu-suggestion-head">
              <strong>{item.template.title}</strong>
              <kbd>{hotkeyLabel(index + 1)}</kbd>
              <button type="button" className="kefu-btn primary" onClick={() => onInsert(index)}>
                {insertLabel}
              </button>
            </div>
            <p className="kefu-preview">{previewSnippets(item.text)}</p>
            {item.missing.length > 0 && <p className="kefu-missing">{missingLabel(item.missing.join('、'))}</p>}
          </li>
        ))}
      </ol>
    </div>
  );
}
