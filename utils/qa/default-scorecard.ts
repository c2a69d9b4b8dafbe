import type { QaScorecard } from '../model/qa';

/**
 * The scorecard a shop starts from, written from the seeds' service norms (002, 003: an opening and a closing phrase
 * in every chat, an answer at once and no long silence, an apology to a complaining customer, promises followed up,
 * complaints reported by severity; 001: a warm, personal tone and a review asked for after a good sale). The seeds
 * give no weights: these are ours, the on-time answer and the guard weighing most because platforms and leads judge
 * them first. A lead changes any of it in the Rules tab.
 */
export const DEFAULT_QA_SCORECARD: QaScorecard = {
  version: 1,
  categories: [
    { id: 'greeting', weight: 10, enabled: true },
    { id: 'onTime', weight: 20, enabled: true },
    { id: 'apology', weight: 15, enabled: true },
    { id: 'personal', weight: 5, enabled: true },
    { id: 'guardClean', weight: 15, enabled: true },
    { id: 'promiseKept', weight: 10, enabled: true },
    { id: 'closing', weight: 10, enabled: true },
    { id: 'noUnanswered', weight: 10, enabled: true },
    { id: 'caseOpened', weight: 5, enabled: true },
  ],
  reviewInvitation: false,
  greetingCues: ['您好', '你好', '亲', '在的', '在呢', '欢迎光临', '欢迎', '很高兴为您服务', '有什么可以帮', 'hello', 'hi', 'hey', 'good morning', 'good afternoon', 'good evening', 'dear', 'здравствуйте', 'добрый день', 'добрый вечер', 'привет'],
  apologyCues: ['抱歉', '不好意思', '对不起', '非常抱歉', '给您添麻烦', '让您久等', '久等了', '深感歉意', '实在抱歉', 'sorry', 'apologize', 'apologise', 'apologies', 'regret', 'извините', 'простите', 'прошу прощения', 'сожалению', 'приносим извинения'],
  closingCues: ['还有什么', '还有其他', '还有别的', '还需要', '祝您', '再见', '感谢您的耐心', '有问题随时', '随时联系', '随时找我', 'anything else', 'is there anything', 'have a nice day', 'have a great day', 'feel free to', 'что-нибудь ещё', 'что-то ещё', 'хорошего дня', 'обращайтесь'],
  reviewCues: ['好评', '五星', '5星', '评价', '晒图', 'review', 'rate us', 'feedback', 'отзыв', 'оценку'],
  roundGapMinutes: 30,
  passMark: 80,
};
