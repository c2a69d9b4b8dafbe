import { useState } from 'react';
import type { CustomerCard } from '@/utils/content/customer-card';
import type { CustomerRecord } from '@/utils/customer/customer-record';
import type { CustomerEvent } from '@/utils/model';
import { formatMoney } from '@/utils/customer/money';
import { settings, t } from '@/utils/state/settings';
import { SecureField } from '../panel/SecureField';
import { CustomerTags } from './CustomerTags';
import { PromiseList } from './PromiseList';
import { shortTime } from './time-text';
import { useTr } from '../use-tr';

const MARKS: CustomerEvent[] = ['complaint', 'complaint_closed', 'refund', 'return', 'bad_review', 'cod_refused', 'gift_given'];

/** The buyer at a glance: who, tags, orders, last contact, warnings, follow-ups; details in a timeline. */
export function CustomerCardView({ api: card }: { api: CustomerCard }) {
  const tr = useTr();
  const state = card.state.value;
  const now = card.now.value;
  if (state.status === 'none') return null;
  return (
    <section className="kefu-card" data-testid="kefu-customer" data-status={state.status}>
      {state.status === 'loading' && <p className="kefu-muted">{tr('customer.loading')}</p>}
      {state.status === 'offline' && <p className="kefu-warning">{tr('customer.offline')}</p>}
      {state.status === 'ready' && <RecordView record={state.record} card={card} now={now} />}
    </section>
  );
}

function RecordView({ record, card, now }: { record: CustomerRecord; card: CustomerCard; now: number }) {
  const tr = t.value;
  const [note, setNote] = useState('');
  const [timelineOpen, setTimelineOpen] = useState(false);
  const saveNote = (text = note) => {
    card.note(text);
    setNote('');
  };
  const open = record.promises.filter((p) => !p.done);
  const isNew = record.orders.length === 0 && record.contact.buyerMessages === 0 && record.contact.replies === 0 && record.tags.length === 0;
  return (
    <>
      <p className="kefu-card-summary" data-testid="kefu-customer-summary">
        {isNew ? (
          tr('customer.new')
        ) : (
          <>
            {record.orders.length > 1 && <span className="kefu-chip is-repeat">{tr('customer.repeat')}</span>}{' '}
            {record.orders.some((o) => o.amount !== undefined)
              ? tr('customer.ordersTotal', { count: record.orders.length, amount: formatMoney(record.totalAmount, card.currency, settings.value.uiLanguage) })
              : tr('customer.orders', { count: record.orders.length })}
            {record.contact.last !== undefined && (
              <>
                <br />
                {tr('customer.lastContact', { when: shortTime(record.contact.last, now) })}
                {record.contact.lastBy && tr('customer.lastBy', { staffId: record.contact.lastBy })}
              </>
            )}
          </>
        )}
      </p>
      {record.buyerIds.length > 1 && <p className="kefu-warning">{tr('customer.ambiguous')}</p>}
      {record.warnings.length > 0 && (
        <ul className="kefu-warnings" data-testid="kefu-customer-warnings">
          {record.warnings.map((w) => (
            <li key={w} data-warning={w}>
              {tr(`customer.warning.${w}`)}
            </li>
          ))}
        </ul>
      )}
      <CustomerTags tags={record.tags} onTag={card.tag} labels={{ add: tr('customer.addTag'), custom: tr('customer.customTag'), remove: (tag) => tr('customer.removeTag', { tag }) }} />
      <PromiseList
        promises={open}
        now={now}
        onDone={card.done}
        labels={{ title: tr('customer.promises'), due: (when) => tr('customer.promiseDue', { when }), overdue: (time) => tr('customer.promiseOverdue', { time }), done: tr('customer.promiseDone') }}
      />
      <details className="kefu-timeline" onToggle={(e) => setTimelineOpen(e.currentTarget.open)}>
        <summary>{tr('customer.timeline')}</summary>
        {record.orders.length > 0 && (
          <ul data-testid="kefu-customer-orders">
            {record.orders.map((o) => (
              <li key={o.orderNo}>
                <code>{o.orderNo}</code> {o.status ?? ''} {o.amount !== undefined ? `¥${o.amount.toFixed(2)}` : ''}
              </li>
            ))}
          </ul>
        )}
        <ul>
          {record.notes.map((n) => (
            <li key={`${n.at}`}>
              {tr('customer.noteMark')}
              {n.note} <span className="kefu-muted">{shortTime(n.at, now)}</span>
            </li>
          ))}
          {record.events.map((e) => (
            <li key={`${e.at}${e.event}`}>
              {tr(`customer.event.${e.event}`)} <span className="kefu-muted">{shortTime(e.at, now)}</span>
            </li>
          ))}
        </ul>
        <div className="kefu-marks">
          {tr('customer.mark')}
          {MARKS.map((m) => (
            <button key={m} type="button" className="kefu-btn" onClick={() => card.mark(m)}>
              {tr(`customer.event.${m}`)}
            </button>
          ))}
        </div>
        {timelineOpen && (
          <form
            className="kefu-inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              saveNote();
            }}
          >
            <SecureField value={note} maxLength={500} placeholder={tr('customer.note')} label={tr('customer.note')} onChange={setNote} onEnter={saveNote} testId="kefu-customer-note" />
            <button type="submit" className="kefu-btn">
              {tr('customer.saveNote')}
            </button>
          </form>
        )}
      </details>
    </>
  );
}
