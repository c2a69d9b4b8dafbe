import { kindLabel, payloadText, siteLabel } from '@/utils/export/labels';
import type { Action, UiLanguage } from '@/utils/model';
import { chinaDateTime } from '@/utils/time/china-time';

/** One log row's cells in the table's column order (time, agent, site, buyer, order, kind, detail). */
export function LogRowCells({ row, lang, Cell }: { row: Action; lang: UiLanguage; Cell: 'span' | 'td' }) {
  return (
    <>
      <Cell>{chinaDateTime(row.at)}</Cell>
      <Cell>{row.agent?.staffId ?? '—'}</Cell>
      <Cell>{siteLabel(row.site, lang)}</Cell>
      <Cell>{row.buyer?.nick ?? row.buyer?.buyerId ?? ''}</Cell>
      <Cell>{row.orderNo ?? ''}</Cell>
      <Cell>{kindLabel(row.kind, lang)}</Cell>
      <Cell className="dash-payload">{payloadText(row.payload, lang).slice(0, 160)}</Cell>
    </>
  );
}
