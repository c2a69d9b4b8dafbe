import type { CannotReadReason } from '@/utils/model';

interface Props {
  reason: CannotReadReason;
  title: string;
  explanation: string;
}

/** Shown instead of features when the adapter cannot read the page; says why in the agent's words. */
export function CannotRead({ reason, title, explanation }: Props) {
  return (
    <div className="kefu-cannot-read" data-testid="kefu-cannot-read" data-reason={reason} role="status">
      <strong>{title}</strong>
      <p>{explanation}</p>
    </div>
  );
}
