import { useEffect, useMemo, useState } from 'react';
import { caseRegisterCsv, filterCases, type CaseFilter } from '@/utils/cases/case-register';
import { buildCases } from '@/utils/cases/case-state';
import { caseStats, dailyCheck, type CaseGroupStats } from '@/utils/cases/case-stats';
import { formatWait } from '@/utils/customer/waiting';
import type { AppDB } from '@/utils/db/app-db';
import { caseActions } from '@/utils/db/customer-query';
import type { Action } from '@/utils/model';
import { siteName } from '@/utils/sites';
import { settings } from '@/utils/state/settings';
import { chinaDateTime, chinaDayNumber } from '@/utils/time/china-time';
import { downloadBlob } from '../download';
import { CasePolicyRules } from './CasePolicyRules';
import { leadUnlocked } from '@/utils/lead/lead-lock';
import { TableHead } from './TableHead';
import { useTr } from '../use-tr';

const percent = (share: number | undefined) => (share === undefined ? '—' : `${Math.round(share * 100)}%`);
const COLUMNS = ['opened', 'site', 'buyer', 'category', 'wants', 'owner', 'status', 'next', 'resolution'] as const;

/** The lead's complaint register: every case with filters, completion rate and time to close, the daily check. */
export function CaseRegister({ db, ownerOnly }: { db: AppDB; ownerOnly?: string }) {
  const tr = useTr();
  const lang = settings.value.uiLanguage;
  const [actions, setActions] = useState<Action[] | null>(null);
  const [filter, setFilter] = useState<CaseFilter>({});
  useEffect(() => void caseActions(db).then(setActions), [db]);
  const now = Date.now();
  const cases = useMemo(() => (actions ? buildCases(actions, now, { withReplies: false }).filter((c) => !ownerOnly || c.owner === ownerOnly) : []), [actions, ownerOnly]); // eslint-disable-line react-hooks/exhaustive-deps -- `now` is this render's clock: cases are rebuilt when the rows or the owner change, not on every render
  if (!actions) return <p className="dash-muted">{tr('dash.loading')}</p>;
  if (cases.length === 0)
    return (
      <p className="dash-muted" data-testid="dash-cases-empty">
        {tr('register.empty')}
      </p>
    );
  const shown = filterCases(cases, filter);
  const stats = caseStats(shown);
  const today = dailyCheck(cases, chinaDayNumber(now));
  const options = (pick: (c: (typeof cases)[number]) => string | undefined) => [...new Set(cases.map(pick).filter((v): v is string => !!v))].sort();
  const set = (patch: Partial<CaseFilter>) => setFilter({ ...filter, ...patch });
  const words = (c: (typeof cases)[number]) => ({ status: tr(`case.status.${c.status}`), resolution: c.resolution ? tr(`case.resolution.${c.resolution}`) : '' });
  const CSV_COLUMNS = ['opened', 'site', 'buyer', 'order', 'category', 'wants', 'owner', 'status', 'next', 'overdue', 'resolution', 'closedAt'] as const;
  const exportCsv = () =>
    downloadBlob(
      new Blob(
        [
          caseRegisterCsv(
            shown,
            CSV_COLUMNS.map((k) => tr(`register.col.${k}`)),
            words,
          ),
        ],
        { type: 'text/csv;charset=utf-8' },
      ),
      `kefu-cases-${new Date().toISOString().slice(0, 10)}.csv`,
    );
  const table = (title: string, groups: CaseGroupStats[], testId: string) => (
    <table data-testid={testId}>
      <TableHead titles={[title, tr('register.opened'), tr('register.closed'), tr('register.rate'), tr('register.timeToClose'), tr('register.overdue')]} />
      <tbody>
        {groups.map((g) => (
          <tr key={g.key} data-key={g.key}>
            <td>{g.key}</td>
            <td>{g.opened}</td>
            <td>{g.closed}</td>
            <td data-testid="register-rate">{percent(g.completionRate)}</td>
            <td>{g.avgTimeToCloseMs === undefined ? '—' : formatWait(g.avgTimeToCloseMs, lang)}</td>
            <td>{g.overdue}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section className="dash-kpi" data-testid="dash-cases">
      <h2>{tr('register.title')}</h2>
      <p data-testid="register-daily">{tr('register.daily', { day: chinaDateTime(now).slice(0, 10), opened: today.opened.length, closed: today.closed.length, overdue: today.overdue.length })}</p>
      <p data-testid="register-total">
        {tr('register.rate')}: {percent(stats.total?.completionRate)} · {tr('register.timeToClose')}:{' '}
        {stats.total?.avgTimeToCloseMs === undefined ? '—' : formatWait(stats.total.avgTimeToCloseMs, lang)}
      </p>
      <div className="dash-toolbar">
        <select value={filter.status ?? ''} onChange={(e) => set({ status: (e.target.value || undefined) as CaseFilter['status'] })} data-testid="register-status">
          <option value="">{tr('register.filter.all')}</option>
          <option value="open">{tr('case.status.open')}</option>
          <option value="closed">{tr('case.status.closed')}</option>
        </select>
        {(['category', 'owner', 'site'] as const).map((key) => (
          <select key={key} value={filter[key] ?? ''} onChange={(e) => set({ [key]: e.target.value || undefined })} aria-label={tr(`register.col.${key}`)}>
            <option value="">
              {tr(`register.col.${key}`)}: {tr('register.filter.all')}
            </option>
            {options((c) => c[key]).map((v) => (
              <option key={v} value={v}>
                {key === 'site' ? siteName(v, lang) : v}
              </option>
            ))}
          </select>
        ))}
        <label>
          <input type="checkbox" checked={!!filter.overdueOnly} onChange={(e) => set({ overdueOnly: e.target.checked })} /> {tr('register.filter.overdue')}
        </label>
        <button type="button" onClick={exportCsv} data-testid="register-export">
          {tr('register.export')}
        </button>
      </div>
      {table(tr('register.byCategory'), stats.byCategory, 'register-by-category')}
      {table(tr('register.byOwner'), stats.byOwner, 'register-by-owner')}
      <table data-testid="register-cases">
        <thead>
          <tr>
            {COLUMNS.map((k) => (
              <th key={k}>{tr(`register.col.${k}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => (
            <tr key={c.id} data-status={c.status} data-overdue={c.overdue}>
              <td>{chinaDateTime(c.openedAt).slice(0, 16)}</td>
              <td>{c.site ? siteName(c.site, lang) : ''}</td>
              <td>{c.buyer?.nick ?? c.buyer?.buyerId}</td>
              <td>{c.category}</td>
              <td>{c.wants}</td>
              <td>{c.owner}</td>
              <td>{tr(`case.status.${c.status}`)}</td>
              <td className={c.overdue ? 'dash-bad' : undefined}>{c.next ? chinaDateTime(c.next.at).slice(5, 16) : ''}</td>
              <td>{c.resolution ? tr(`case.resolution.${c.resolution}`) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset disabled={!leadUnlocked.value} className="dash-plain-fieldset">
        <CasePolicyRules />
      </fieldset>
    </section>
  );
}
