/** Words a reply may be made of and still only greet (TikTok Shop US: "Hi"/"Hello" alone is not a response). */
const GREETING_WORDS = new Set([
  'hi',
  'hello',
  'hey',
  'dear',
  'customer',
  'buyer',
  'there',
  'good',
  'morning',
  'afternoon',
  'evening',
  'day',
  'thanks',
  'thank',
  'you',
  'for',
  'waiting',
  'здравствуйте',
  'привет',
  'добрый',
  'день',
  'вечер',
  'утро',
  'спасибо',
  '您好',
  '你好',
  '亲',
  '在的',
  '在呢',
  '在',
]);

/** Whether a reply is a greeting and nothing more (emoji and punctuation aside). */
export function isGreetingOnly(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.length > 0 && words.length <= 6 && words.every((w) => GREETING_WORDS.has(w));
}
