import { useEffect, useState } from 'react';
import type { AppDB } from '@/utils/db/app-db';
import { stripIndexFields } from '@/utils/db/app-db';
import { healthBySite, type PageKindHealth } from '@/utils/sites/health-history';
import { siteName } from '@/utils/sites';
import { settings, t } from '@/utils/state/settings';
import { chinaDateTime } from '@/utils/time/china-time';
import { adapterLabel, pageFieldLabel } from '@/utils/export/labels';

/** Per site and page kind: how the pages were last read, and since when a site has looked changed. */
export function SiteHealth({ db }: { db: AppDB }) {
  const tr = t.value;
  const lang = settings.value.uiLanguage;
  const [rows, setRows] = useState<PageKindHealth[] | null>(null);
  useEffect(
    () =>
      void db.actions
        .where('kind')
        .equals('adapter.health')
        .toArray()
        .then((r) => setRows(healthBySite(r.map(stripIndexFields)))),
    [db],
  );
  if (!rows) return null;
  return (
    <section className="dash-kpi" data-testid="dash-site-health">
      <h2>{tr('health.title')}</h2>
      {rows.length === 0 ? (
        <p className="dash-muted">{tr('health.empty')}</p>
      ) : (
        <table>
          <tbody>
            {rows.map((r) => (
              <tr key={r.adapterId} data-adapter={r.adapterId} data-level={r.level}>
                {/* The site and page kind in words (抖音 · 订单列表), not the adapter's code; a lead's own site keeps its name. */}
                <td>{adapterLabel(r.adapterId, lang) ?? `${r.site ? siteName(r.site, lang) : ''} · ${r.adapterId}`}</td>
                <td>
                  <span className={`dash-health is-${r.level}`}>●</span> {tr(`health.${r.level}`)}
                </td>
                <td>
                  {tr('health.lastSeen')} {chinaDateTime(r.lastAt).slice(5, 16)}
                </td>
                <td>{r.brokeAt ? `${tr('health.brokeAt')} ${chinaDateTime(r.brokeAt).slice(5, 16)}` : ''}</td>
                <td className="dash-muted">
                  {Object.entries(r.fields)
                    .filter(([, via]) => via !== 'default')
                    .map(([name, via]) => `${pageFieldLabel(name, lang)}：${tr(`health.via.${via}` as never)}`)
                    .join('；')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
