interface Props {
  confirmed: boolean;
  labels: { confirm: string; confirmed: string };
  testId: string;
  onConfirm: () => void;
}

/** The one confirmation a warning asks for; once given, says to press the site's own button again. */
export function ConfirmOnce({ confirmed, labels, testId, onConfirm }: Props) {
  return confirmed ? (
    <p className="kefu-muted">{labels.confirmed}</p>
  ) : (
    <button type="button" className="kefu-btn" data-testid={testId} onClick={onConfirm}>
      {labels.confirm}
    </button>
  );
}
