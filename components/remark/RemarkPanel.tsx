import { useSignals } from '@preact/signals-react/runtime';
import type { RemarkGuard, RemarkNotice } from '@/utils/content/remark-guard';
import type { MessageKey } from '@/utils/i18n';
import type { RemarkError } from '@/utils/remark/remark-errors';
import { settings, t } from '@/utils/state/settings';
import { RemarkBuilder } from './RemarkBuilder';
import { earlierLineEdits, freeTextReason } from '@/utils/remark/remark-recovery';
import { RemarkHistory } from './RemarkHistory';
import { RemarkSaveFindings } from './RemarkSaveFindings';

const NOTICE_KEYS: Record<Exclude<RemarkNotice, 'invalid' | 'tooLong'>, MessageKey> = {
  noEditor: 'remark.noEditorNotice',
  orderChanged: 'remark.orderChanged',
  draftReset: 'remark.draftReset',
  noStaffId: 'remark.noStaffId',
  filled: 'remark.filled',
};

/** The order page's remark section: history of the open order, the builder, and why a save was stopped. */
export function RemarkPanel({ api: remark }: { api: RemarkGuard }) {
  useSignals();
  const tr = t.value;
  const editor = remark.editor.value;
  const format = remark.format.value;
  const preview = remark.preview.value;
  const notice = remark.notice.value;
  const saveState = remark.saveState.value;
  const fieldName = (field: RemarkError['field']) => tr(`remark.field.${field}`);
  const describe = (error: RemarkError) => `${error.line ? `${tr('remark.line', { line: error.line })}：` : ''}${tr(`remark.error.${error.code}`, { field: fieldName(error.field) })}`;
  const missingFields = [...new Set(preview.errors.map((e) => fieldName(e.field)))].join('、');

  if (!editor)
    return (
      <p className="kefu-muted" data-testid="kefu-remark-none">
        {tr('remark.noEditor')}
      </p>
    );
  return (
    <section className="kefu-section kefu-remark" data-order-no={editor.orderNo}>
      <h3>
        {tr('remark.title')} · {tr('remark.forOrder', { orderNo: editor.orderNo })}
      </h3>
      {saveState && (
        <RemarkSaveFindings
          state={saveState}
          edits={earlierLineEdits(saveState.check.removed, saveState.check.added, format)}
          freeText={saveState.check.errors.length > 0 && !!freeTextReason(saveState.check.added, format)}
          describe={describe}
          onConfirm={remark.confirmSave}
          onUseText={remark.useTextAsReason}
          onRestore={remark.restoreEarlier}
          labels={{
            blocked: tr('remark.blocked'),
            warned: tr('remark.warned'),
            removed: tr('remark.removed', { count: saveState.check.removed.length }),
            confirm: tr('remark.confirm'),
            confirmed: tr('remark.confirmed'),
            useText: tr('remark.useText'),
            restore: tr('remark.restore'),
            before: tr('remark.before'),
            after: tr('remark.after'),
            deleted: tr('remark.deleted'),
            by: (staffId) => tr('remark.lineBy', { staffId }),
          }}
        />
      )}
      {notice && notice !== 'invalid' && notice !== 'tooLong' && (
        <p className={notice === 'filled' ? 'kefu-muted' : 'kefu-warning'} role="status" data-testid="kefu-remark-notice" data-notice={notice}>
          {tr(NOTICE_KEYS[notice], { orderNo: remark.resetFrom.value ?? '', save: editor.saveLabel ?? tr('remark.hostSave') })}
        </p>
      )}
      <RemarkBuilder
        format={format}
        flags={remark.siteFlags.value}
        draft={remark.draft.value}
        preview={{
          entry: preview.entry,
          length: preview.whole.length,
          limit: preview.limit,
          invalid: preview.errors.length ? tr('remark.invalid', { fields: missingFields }) : null,
          tooLong: preview.tooLong ? tr('remark.tooLong', { length: preview.whole.length, limit: preview.limit }) : null,
        }}
        disabledReason={settings.value.agent?.staffId ? null : tr('remark.noStaffId')}
        labels={{
          changeType: tr('remark.changeType'),
          reason: tr('remark.reason'),
          reasonPlaceholder: tr('remark.reasonPlaceholder'),
          note: tr('remark.note'),
          flag: tr('remark.flag'),
          preview: tr('remark.preview'),
          length: tr('remark.length', { length: preview.whole.length, limit: preview.limit }),
          fill: tr('remark.fill'),
          fillHint: tr('remark.fillHint', { save: editor.saveLabel ?? tr('remark.hostSave') }),
        }}
        onChange={remark.setDraft}
        onFill={remark.fill}
      />
      <RemarkHistory
        saved={editor.saved}
        format={format}
        labels={{ title: tr('remark.history'), empty: tr('remark.noHistory'), unformatted: tr('remark.unformatted'), by: (staffId) => tr('remark.by', { staffId }) }}
      />
    </section>
  );
}
