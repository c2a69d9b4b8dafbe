/**
 * The built-in playbooks' words in English, and the words earlier builds shipped (a team policy saved then still holds
 * them). Chinese is in default-playbooks.ts. Keyed by playbook id; `title` and each step id.
 */
type Wording = Record<string, Record<string, string>>;

export const PLAYBOOK_WORDING_EN: Wording = {
  'presale-reception': {
    title: 'Pre-sale welcome',
    greet: 'Greet first and give your staff number, so the buyer knows someone is there',
    need: 'Ask what they need: use, size or spec, budget; look at what they browsed if it helps',
    recommend: 'Recommend one or two items that fit, and say why',
    confirm: 'After the order, confirm the spec, address and courier',
    close: 'Close politely and welcome them back',
  },
  'unpaid-reminder': {
    title: 'Unpaid order reminder',
    remind: 'Remind the buyer to pay, gently; in the afternoon say that paying before the cut-off ships it today',
    intent: 'If the order was placed by mistake or twice, ask what the buyer wants; never close it yourself',
    follow: 'When the buyer will pay later, set a follow-up reminder',
  },
  'address-confirm': {
    title: 'Check address and courier after payment',
    confirm: 'Check the recipient, phone, address and requested courier',
    remark: 'Any change goes into the order remark in the shop’s format (red flag, reason, staff no., time)',
  },
  'cod-confirm': {
    title: 'Cash on delivery check',
    price: 'Tell the buyer the total to pay on delivery (fees included) and ask whether that is acceptable',
    reorder: 'If not, suggest paying online with a new order',
    remark: 'Write the answer into the order remark (change type: cash-on-delivery check)',
  },
  'shipping-notice': { title: 'Shipping notice', notice: 'Tell the buyer the parcel has shipped, with its tracking number' },
  'parcel-chase': {
    title: 'Buyer chasing the parcel',
    track: 'Look at the tracking first: where the parcel is and whether anything is wrong',
    reassure: 'Tell the buyer what you found and calm them',
    record: 'Note a problem parcel and contact the courier if needed',
    follow: 'Set a reminder for what you promised, and answer on time',
  },
  'return-refund': {
    title: 'Returns and refunds',
    state: 'Check the order status first: unpaid, paid but not printed, printed, shipped; each is handled differently',
    explain: 'Paid but not printed: tell the buyer a refund can be requested after the set time since payment; never fake a shipment',
    return: 'Shipped: explain the return or exchange steps and ask for photos as evidence',
    remark: 'Write the order remark (cancel / resend / refund record)',
    mark: 'Record the refund or return on the customer card',
  },
  'bad-review': {
    title: 'Negative review',
    contact: 'Contact the buyer yourself and apologise first',
    cause: 'Find out why: quality, shipping, not as described, or service',
    resolve: 'Solve the problem first (resend, partial refund, exchange), then talk about the review',
    revise: 'Once solved, politely ask the buyer to revise the review within the platform’s window',
    evidence: 'A review that looks malicious: keep the chat and order evidence and hand it to the lead to appeal',
    mark: 'Record the negative review on the customer card',
  },
  'cross-border-complaint': {
    title: 'Cross-border complaint',
    thank: 'Thank the buyer for writing, then apologise for the trouble',
    reassure: 'Reassure: we will solve it; never admit a seller error lightly',
    options: 'Offer at least two solutions and recommend one (e.g. resend, partial refund)',
    evidence: 'Ask for photos or tracking evidence where needed',
    explain: 'Explain customs or shipping plainly, without jargon',
  },
  'cross-border-reassure': { title: 'Parcel in transit: reassure', normal: 'Tell the buyer the transit time is still normal and we are watching the parcel' },
  'cross-border-refund': {
    title: 'Long delay: refund or cancel',
    offer: 'Offer a refund and cancel the delivery if the buyer does not want to wait',
    mark: 'Record the refund on the customer card',
  },
  'abusive-buyer': {
    title: 'Malicious or abusive buyer',
    resolve: 'Handle reasonable requests as usual; do not let the emotion carry you',
    position: 'State calmly, once, what the shop’s position is and what it can do',
    escalate: 'Hand it to the lead',
    stop: 'Once the lead has taken over, do not answer the abuse again',
  },
  'shift-start': {
    title: 'Start of shift',
    handover: 'Read the last shift’s handover list and open promises (extension popup)',
    unread: 'Answer every unread message, longest waiting first',
    abnormal: 'Check yesterday’s problem orders and refund requests',
    unpaid: 'Check orders placed but not paid',
  },
  'shift-end': {
    title: 'End-of-shift handover',
    cutoff: 'Finish every order placed before the cut-off and hand it to the warehouse',
    promises: 'Complete or hand over every open promise',
    handover: 'Export the handover list for the next shift',
    report: 'Write today’s daily report',
  },
};

/** What builds before 2026-12-03 shipped for the cross-border playbooks (English steps, bilingual titles). */
export const PLAYBOOK_WORDING_EARLIER: Wording = {
  'cross-border-complaint': { ...PLAYBOOK_WORDING_EN['cross-border-complaint'], title: 'Cross-border complaint / 跨境投诉' },
  'cross-border-reassure': { ...PLAYBOOK_WORDING_EN['cross-border-reassure'], title: 'Parcel in transit: reassure / 跨境在途安抚' },
  'cross-border-refund': { ...PLAYBOOK_WORDING_EN['cross-border-refund'], title: 'Long delay: refund or cancel / 跨境超时退款' },
};
