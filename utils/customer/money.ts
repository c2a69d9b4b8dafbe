/** "¥108.90", "Rp189.000", "R$ 1.249,90": an amount in its currency, written the UI language's way. */
export function formatMoney(amount: number, currency: string, lang: string): string {
  try {
    return new Intl.NumberFormat(lang, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}
