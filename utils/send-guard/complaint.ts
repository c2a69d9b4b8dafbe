/**
 * Whether a buyer's message (English or Russian) is a complaint: damage, a wrong or missing item, non-delivery, a
 * refund demand, anger. The send guard then asks that an English or Russian reply opens with an apology.
 */
const COMPLAINT =
  /\b(?:broken|damaged|defective|wrong (?:item|size|colou?r|product)|missing|not (?:received|arrived|working)|never (?:arrived|received|came)|(?:still )?hasn'?t arrived|refund|terrible|awful|disappointed|complain|scam|fake|worst)\b|поврежд|сломан|не пришл|не получил|возврат|ужасн|брак|обман|жалоб/iu;
const APOLOGY = /\b(?:sorry|apolog|regret)|извин|прошу прощения|сожалению|(?<!не\s)жаль/iu;
/** Latin or Cyrillic letters and no Han characters: the reply is in English or Russian. */
const FOREIGN = /^[^\p{Script=Han}]*[\p{Script=Latin}\p{Script=Cyrillic}][^\p{Script=Han}]*$/u;

export const isComplaint = (message: string) => COMPLAINT.test(message);

/** The stretch to mark when a reply to a complaint has no apology (its first sentence), or undefined. */
export function missingApology(reply: string): [number, number] | undefined {
  if (!FOREIGN.test(reply) || APOLOGY.test(reply)) return undefined;
  const end = reply.search(/[.!?\n]/);
  return [0, end < 0 ? reply.length : end + 1];
}
