/** What a conversation's QA is folded from: the scores and overrides, and the promise, case and message rows beside them. */
export const QA_KINDS = ['qa.scored', 'qa.overridden', 'promise.created', 'promise.done', 'promise.overdue', 'case.opened', 'message.received', 'message.sent', 'message.sent_unguarded'] as const;
