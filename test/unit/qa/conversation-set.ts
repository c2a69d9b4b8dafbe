import type { QaCategoryId, QaResult } from '@/utils/model';

/**
 * Pieces of conversations written for this test, each marked with what a lead would judge of it. A conversation is
 * put together from them (below); fragments with an even index build the tune half, odd ones the held-out half, so
 * the held-out conversations use phrasings the scorecard's cue lists were never tuned on.
 */
export const BUYER_OPEN = [
  { text: '在吗？这个有货吗', complaint: false },
  { text: '我买的碗收到就碎了', complaint: true },
  { text: '请问什么时候发货', complaint: false },
  { text: '发错颜色了，我要的是蓝色', complaint: true },
  { text: 'Hi, when does my order ship?', complaint: false },
  { text: 'The item arrived broken', complaint: true },
  { text: '快递到哪里了', complaint: false },
  { text: '质量太差了，穿一次就起球', complaint: true },
  { text: '能便宜一点吗', complaint: false },
  { text: '少发了一件，怎么回事', complaint: true },
  { text: 'Здравствуйте, когда отправка?', complaint: false },
  { text: 'Посылка пришла, но товар сломан', complaint: true },
];
export const THREAT = ['不处理我就给差评', '再这样我就打12315', '我要投诉你们', '等着收差评吧', 'I will leave a bad review', '我去平台举报你们'];
export const GREETINGS = ['您好，', '亲，您好～', '您好呀，很高兴为您服务，', '亲，在的，', 'Hello, ', 'Hi there, ', 'Здравствуйте! ', '欢迎光临，'];
export const NO_GREETING = ['', '嗯，', '这个', '收到，'];
export const APOLOGIES = [
  '非常抱歉给您添麻烦了，',
  '实在不好意思，',
  '对不起让您久等了，',
  'Sorry for the trouble, ',
  'We apologize, ',
  'Приносим извинения, ',
  '给您添麻烦了，深感歉意，',
  '真的很抱歉，',
];
export const BODIES = ['这边马上帮您处理。', '已经帮您登记了，今天安排。', '我帮您查一下。', 'we will sort it out today.', 'мы всё решим сегодня.', '仓库下午就发出。'];
export const CLOSINGS = [
  '还有什么可以帮您的吗？',
  '请问还有其他问题吗？',
  '祝您生活愉快，再见～',
  'Is there anything else I can help with?',
  'Have a nice day!',
  'Если что-то ещё, обращайтесь.',
  '还需要帮您看看别的吗？',
  '有问题随时联系我哦。',
];
export const NOT_CLOSINGS = ['好的。', '嗯嗯。', '稍等。', 'Ok.'];
export const REVIEWS = ['满意的话给个五星好评哦', '收到后记得给我们评价哦', 'A review would mean a lot to us', 'Будем рады вашему отзыву'];

export interface LabelledConversation {
  id: number;
  half: 'tune' | 'held-out';
  buyer: string;
  orderNo: string;
  messages: { from: 'buyer' | 'agent'; text: string; afterSec: number; findings?: number; overridden?: boolean }[];
  promise?: 'kept' | 'late';
  threatened: boolean;
  caseOpened: boolean;
  reviewInvitation: boolean;
  /** The lead's judgement per category. */
  labels: Partial<Record<QaCategoryId, QaResult>>;
}

/** 120 conversations from the fragments, with a fixed seed; each choice is also what the lead's label says. */
export function makeConversations(count = 120): LabelledConversation[] {
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const chance = (p: number) => rand() < p;
  const pick = <T>(list: readonly T[], half: number) => {
    const pool = list.filter((_, i) => i % 2 === half);
    return pool[Math.floor(rand() * pool.length)]!;
  };
  return Array.from({ length: count }, (_, id) => {
    const h = id % 2;
    const open = pick(BUYER_OPEN, h);
    const threatened = chance(0.3);
    const greets = chance(0.7);
    const apologises = chance(0.7);
    const personal = chance(0.5);
    const onTime = chance(0.75);
    const clean = chance(0.75);
    const closes = chance(0.65);
    const reviewInvitation = chance(0.3);
    const invites = chance(0.6);
    const answeredAtEnd = chance(0.8);
    const promise = chance(0.3) ? (chance(0.6) ? 'kept' : 'late') : undefined;
    const caseOpened = threatened && chance(0.6);
    const buyer = `买家${id}`;
    const orderNo = `2412${String(100000 + id)}`;
    const first =
      (greets ? pick(GREETINGS, h) : pick(NO_GREETING, h)) + ((open.complaint || threatened) && apologises ? pick(APOLOGIES, h) : '') + (personal ? `${buyer}，订单${orderNo}` : '') + pick(BODIES, h);
    const last = (closes ? pick(CLOSINGS, h) : pick(NOT_CLOSINGS, h)) + (reviewInvitation && invites ? pick(REVIEWS, h) : '');
    const messages: LabelledConversation['messages'] = [
      { from: 'buyer', text: open.text + (threatened ? `，${pick(THREAT, h)}` : ''), afterSec: 0 },
      { from: 'agent', text: first, afterSec: onTime ? 20 + Math.floor(rand() * 150) : 200 + Math.floor(rand() * 600), findings: clean ? 0 : 1, overridden: !clean && chance(0.5) },
      { from: 'buyer', text: '好的', afterSec: 30 },
      { from: 'agent', text: last, afterSec: 15 },
      ...(answeredAtEnd ? [] : [{ from: 'buyer' as const, text: '还有一个问题', afterSec: 40 }]),
    ];
    const labels: LabelledConversation['labels'] = {
      greeting: greets ? 'pass' : 'fail',
      onTime: onTime ? 'pass' : 'fail',
      apology: open.complaint || threatened ? (apologises ? 'pass' : 'fail') : 'na',
      personal: personal ? 'pass' : 'fail',
      guardClean: clean ? 'pass' : 'fail',
      closing: closes && (!reviewInvitation || invites) ? 'pass' : 'fail',
      noUnanswered: answeredAtEnd ? 'pass' : 'fail',
      caseOpened: threatened ? (caseOpened ? 'pass' : 'fail') : 'na',
      promiseKept: promise ? (promise === 'kept' ? 'pass' : 'fail') : 'na',
    };
    return { id, half: h === 0 ? 'tune' : 'held-out', buyer, orderNo, messages, ...(promise ? { promise } : {}), threatened, caseOpened, reviewInvitation, labels };
  });
}
