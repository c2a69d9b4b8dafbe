import { pageFieldLabel } from '@/utils/export/labels';
import type { SnapshotHealth } from '@/utils/model';
import { healthLevel } from '@/utils/sites/fields';
import { settings, t } from '@/utils/state/settings';

/** How the page was read, as a coloured dot (a hover says it in words); a lead also gets the field list. */
export function HealthDot({ health, onFix }: { health: SnapshotHealth | undefined; onFix?: () => void }) {
  const tr = t.value;
  const level = healthLevel(health);
  const isLead = settings.value.agent?.role === 'lead';
  // A page read without named fields (or not at all) still gets the lead's way to fix it.
  if (level === 'none') return isLead && onFix ? <FixButton onFix={onFix} /> : null;
  const words = tr(`health.${level}`);
  return (
    // All well and nothing to show: only the dot, in the header's corner; otherwise a line under it.
    <div className={`kefu-health${level === 'green' && !isLead ? ' is-quiet' : ''}`} data-testid="kefu-health" data-level={level} title={words}>
      <span className={`kefu-health-dot is-${level}`} aria-label={words} />
      {level !== 'green' && <span className="kefu-muted">{words}</span>}
      {isLead && (
        <details>
          <summary>{tr('health.title')}</summary>
          <ul>
            {Object.entries(health ?? {}).map(([name, via]) => (
              <li key={name} data-field={name} data-via={via}>
                {pageFieldLabel(name, settings.value.uiLanguage)}：{tr(`health.via.${via}`)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {isLead && onFix && <FixButton onFix={onFix} />}
    </div>
  );
}

function FixButton({ onFix }: { onFix: () => void }) {
  return (
    <button type="button" className="kefu-small" onClick={onFix} data-testid="kefu-fix-open">
      {t.value('picker.fix')}
    </button>
  );
}
