import { useSignals } from '@preact/signals-react/runtime';
import { placeAtCaret } from '@/utils/content/caret';
import type { Suggestions } from '@/utils/content/suggestions';
import { t } from '@/utils/state/settings';

const WIDTH = 320;
const ROW = 30;
const PREVIEW = 96;
const MAX_ROWS = 6;

/**
 * The `/` search as a small list at the caret in the host's reply box: ↑/↓ move, Enter or Tab fill the highlighted
 * template, Esc closes, the mouse works; the highlighted template's filled text is previewed. Nothing is ever sent.
 */
export function CaretPicker({ api }: { api: Suggestions }) {
  useSignals();
  const tr = t.value;
  const { open, highlighted, caret } = api.picker;
  const at = caret.value;
  if (!open.value || !at) return null;
  const items = api.offered.value.slice(0, MAX_ROWS);
  const current = items[Math.min(highlighted.value, items.length - 1)];
  const place = placeAtCaret(at, { width: WIDTH, height: items.length * ROW + PREVIEW }, { width: window.innerWidth, height: window.innerHeight });
  return (
    <div className="kefu-caret-picker" style={{ left: place.left, top: place.top, width: WIDTH }} data-testid="kefu-caret-picker">
      <ul role="listbox" aria-label={tr('chat.search', { query: api.searchQuery.value ?? '' })}>
        {items.map((item, index) => (
          <li
            key={item.template.id}
            role="option"
            aria-selected={index === highlighted.value}
            data-template-id={item.template.id}
            onMouseEnter={() => (highlighted.value = index)}
            // mousedown, not click: the host's reply box keeps focus and the caret.
            onMouseDown={(e) => {
              e.preventDefault();
              api.insert(index, 'click');
            }}
          >
            <strong>{item.template.title}</strong> <span className="kefu-muted">{item.template.category}</span>
          </li>
        ))}
      </ul>
      {current && (
        <p className="kefu-caret-preview" data-testid="kefu-caret-preview">
          {current.text}
        </p>
      )}
      <p className="kefu-caret-hint">{tr('chat.pickerHint')}</p>
    </div>
  );
}
