import { useState } from 'react';
import { SecureField } from '../panel/SecureField';

const PRESETS: { tag: string; colour: string }[] = [
  { tag: 'VIP', colour: '#d48806' },
  { tag: '老客户', colour: '#389e0d' },
  { tag: '差评风险', colour: '#d4380d' },
  { tag: '恶意/黑名单', colour: '#262626' },
];

interface Props {
  tags: { tag: string; colour?: string }[];
  labels: { add: string; custom: string; remove: (tag: string) => string };
  onTag: (tag: string, op: 'add' | 'remove', colour?: string) => void;
}

/** The buyer's tags as chips, removable, with the common ones one click away and a custom tag with its colour. */
export function CustomerTags({ tags, labels, onTag }: Props) {
  const [custom, setCustom] = useState('');
  const [colour, setColour] = useState('#1677ff');
  const has = new Set(tags.map((t) => t.tag));
  const addCustom = (text = custom) => {
    if (text.trim()) onTag(text.trim().slice(0, 12), 'add', colour);
    setCustom('');
  };
  return (
    <div className="kefu-tags" data-testid="kefu-tags">
      {tags.map((t) => (
        <span key={t.tag} className="kefu-chip" style={{ borderColor: t.colour, color: t.colour }} data-tag={t.tag}>
          {t.tag}
          <button type="button" aria-label={labels.remove(t.tag)} onClick={() => onTag(t.tag, 'remove')}>
            ×
          </button>
        </span>
      ))}
      {PRESETS.filter((p) => !has.has(p.tag)).map((p) => (
        <button key={p.tag} type="button" className="kefu-chip is-add" onClick={() => onTag(p.tag, 'add', p.colour)}>
          {labels.add.replace(/\S+$/, '')}
          {p.tag}
        </button>
      ))}
      <form
        className="kefu-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          addCustom();
        }}
      >
        <SecureField value={custom} maxLength={12} placeholder={labels.custom} label={labels.custom} onChange={setCustom} onEnter={addCustom} testId="kefu-tag-custom" />
        <input type="color" value={colour} onChange={(e) => setColour(e.target.value)} aria-label="colour" />
      </form>
    </div>
  );
}
