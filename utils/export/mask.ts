const PHONE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
const ID_NUMBER = /(?<![\dXx])(\d{6})\d{8}(\d{3}[\dXx])(?![\dXx])/g;
const ADDRESS = /((?:收货)?地址[:：]\s*)([^，,；;|｜\n"]{2,})/g;

/** Masks what identifies a person off the platform in exported text: mobile numbers, ID numbers, addresses. */
export function maskPersonalData(text: string): string {
  return text
    .replace(ID_NUMBER, '$1********$2')
    .replace(PHONE, '$1****$2')
    .replace(ADDRESS, (_whole, label: string, address: string) => `${label}${address.slice(0, 3)}****`);
}
