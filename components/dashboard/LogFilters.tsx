import { kindLabel } from '@/utils/export/labels';
import { ACTION_KINDS, type ActionKind, type SiteId } from '@/utils/model';
import { PROFILES } from '@/utils/sites';
import type { LogFilter } from '@/utils/model/log-filter';
import { settings, t } from '@/utils/state/settings';
import { chinaDate, chinaDayStart } from '@/utils/time/china-time';

const DAY_MS = 86_400_000;
/** <input type=date> values are China-time calendar days. */
const dayToEpoch = (value: string) => (value ? chinaDayStart(value) : undefined);
const epochToDay = (at: number | undefined) => (at === undefined ? '' : chinaDate(at));

interface Props {
  filter: LogFilter;
  staffIds: string[];
  onChange: (next: LogFilter) => void;
}

export function LogFilters({ filter, staffIds, onChange }: Props) {
  const tr = t.value;
  const set = (patch: Partial<LogFilter>) => onChange({ ...filter, ...patch });
  return (
    <form className="dash-filters" onSubmit={(e) => e.preventDefault()} data-testid="dash-filters">
      <label>
        {tr('filter.from')}
        <input type="date" name="from" value={epochToDay(filter.from)} onChange={(e) => set({ from: dayToEpoch(e.target.value) })} />
      </label>
      <label>
        {tr('filter.to')}
        <input
          type="date"
          name="to"
          value={epochToDay(filter.to === undefined ? undefined : filter.to - DAY_MS)}
          onChange={(e) => set({ to: e.target.value ? dayToEpoch(e.target.value)! + DAY_MS : undefined })}
        />
      </label>
      <label>
        {tr('filter.agent')}
        <select name="staffId" value={filter.staffId ?? ''} onChange={(e) => set({ staffId: e.target.value || undefined })}>
          <option value="">{tr('filter.all')}</option>
          {staffIds.map((id) => (
            <option key={id}>{id}</option>
          ))}
        </select>
      </label>
      <label>
        {tr('filter.site')}
        <select name="site" value={filter.site ?? ''} onChange={(e) => set({ site: (e.target.value || undefined) as SiteId | undefined })}>
          <option value="">{tr('filter.all')}</option>
          {PROFILES.map(({ id, name }) => (
            <option key={id} value={id}>
              {name[settings.value.uiLanguage]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {tr('filter.kind')}
        <select name="kind" value={filter.kinds?.[0] ?? ''} onChange={(e) => set({ kinds: e.target.value ? [e.target.value as ActionKind] : undefined })}>
          <option value="">{tr('filter.all')}</option>
          {ACTION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(kind, settings.value.uiLanguage)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {tr('filter.buyer')}
        <input name="buyer" value={filter.buyer ?? ''} onChange={(e) => set({ buyer: e.target.value || undefined })} />
      </label>
      <label>
        {tr('filter.order')}
        <input name="orderNo" value={filter.orderNo ?? ''} onChange={(e) => set({ orderNo: e.target.value.trim() || undefined })} />
      </label>
      <label>
        {tr('filter.text')}
        <input name="text" type="search" value={filter.text ?? ''} onChange={(e) => set({ text: e.target.value || undefined })} />
      </label>
      <button type="button" onClick={() => onChange({})}>
        {tr('filter.reset')}
      </button>
    </form>
  );
}
