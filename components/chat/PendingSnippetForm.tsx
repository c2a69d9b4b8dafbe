import type { OfferedReply } from '@/utils/content/reply-writer';
import { t } from '@/utils/state/settings';
import { SnippetForm } from './SnippetForm';

interface Props {
  /** The reply waiting on its fields, or null (nothing is rendered). */
  pending: OfferedReply | null;
  onSubmit: (values: Record<string, string>) => boolean;
  onCancel: () => void;
}

/** The snippet form of whichever insert path asked for it (a suggestion, the `/` picker, a phrase): one form, one look. */
export function PendingSnippetForm({ pending, onSubmit, onCancel }: Props) {
  const tr = t.value;
  if (!pending?.fields?.length) return null;
  return (
    <SnippetForm
      key={pending.template.id}
      title={pending.template.title}
      fields={pending.fields}
      labels={{
        title: tr('snippet.formTitle', { title: pending.template.title }),
        choose: tr('snippet.choose'),
        insert: tr('snippet.insert'),
        cancel: tr('snippet.cancel'),
        incomplete: tr('snippet.incomplete'),
      }}
      onSubmit={onSubmit}
      onCancel={onCancel}
    />
  );
}
