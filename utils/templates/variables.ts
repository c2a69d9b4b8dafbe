/** Template variables: the Chinese name is canonical, English aliases map onto it. */
export const VARIABLES = {
  买家: ['buyer', 'buyerName'],
  订单号: ['orderNo', 'order'],
  物流单号: ['trackingNo', 'tracking'],
  追踪链接: ['trackingLink', 'trackingUrl'],
  工号: ['staffId'],
  客服: ['agent', 'agentName'],
  发货天数: ['shippedDays', 'daysSinceShipped'],
  店铺: ['shop'],
  金额: ['amount'],
} as const;

export type VariableName = keyof typeof VARIABLES;
export type TemplateContext = Partial<Record<VariableName, string | number>>;

const CANONICAL = new Map<string, VariableName>();
for (const [name, aliases] of Object.entries(VARIABLES) as [VariableName, readonly string[]][]) {
  CANONICAL.set(name, name);
  for (const alias of aliases) CANONICAL.set(alias, name);
}

export function canonicalVariable(name: string): VariableName | undefined {
  return CANONICAL.get(name.trim());
}

/** `{名字}` with a name of letters, digits or CJK; the pattern the renderer and the send guard share. */
export const VARIABLE_PATTERN = /\{([\p{L}\p{N}_]{1,20})\}/gu;
