import { useState } from 'react';
import type { MessageKey } from '@/utils/i18n';
import { csvText } from '@/utils/export/csv';
import { createXlsxWriter } from '@/utils/export/xlsx';
import type { QaScorecard } from '@/utils/model';
import { boardTable } from '@/utils/qa/board';
import type { ConversationQa } from '@/utils/qa/fold';
import { t } from '@/utils/state/settings';
import { downloadBlob } from '../../download';

/** The board's conversations (all of them under the filter, from whichever source) as CSV or XLSX, categories in the lead's words. */
export function QaExport({ conversations, card }: { conversations: () => Promise<ConversationQa[]>; card: QaScorecard }) {
  const tr = t.value;
  const [error, setError] = useState('');
  const table = async () =>
    boardTable(await conversations(), card, {
      header: [tr('qa.board.day'), tr('qa.board.agent'), tr('qa.board.site'), tr('qa.board.buyer'), tr('qa.board.score'), tr('qa.board.risk')],
      category: (id) => tr(`qa.category.${id}` as MessageKey),
      result: (r) => (r.startsWith('pass') ? 'pass' : r.startsWith('fail') ? 'fail' : 'na') + (r.endsWith('*') ? '*' : ''),
    });
  const name = (ext: string) => `kefu-qa-${new Date().toISOString().slice(0, 10)}.${ext}`;
  const csv = async () => downloadBlob(new Blob([csvText(await table())], { type: 'text/csv;charset=utf-8' }), name('csv'));
  const xlsx = async () => {
    const [header, ...rows] = await table();
    const chunks: Uint8Array[] = [];
    const writer = createXlsxWriter(header!, (chunk) => chunks.push(chunk));
    writer.addRows(rows);
    writer.finish();
    downloadBlob(new Blob(chunks as BlobPart[], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), name('xlsx'));
  };
  return (
    <span>
      {tr('qa.board.export')}{' '}
      <button type="button" onClick={() => void csv().catch((e: Error) => setError(e.message))} data-testid="qa-export-csv">
        CSV
      </button>{' '}
      <button type="button" onClick={() => void xlsx().catch((e: Error) => setError(e.message))} data-testid="qa-export-xlsx">
        XLSX
      </button>
      {error && (
        <span className="dash-bad" role="alert">
          {' '}
          {error.slice(0, 200)}
        </span>
      )}
    </span>
  );
}
