import { useEffect, useState } from 'react';
import type { AppDB } from '@/utils/db/app-db';
import { latestOrderSeen } from '@/utils/db/customer-query';
import { settings } from '@/utils/state/settings';
import type { TemplateContext } from '@/utils/templates/variables';

/** Template previews filled with the buyer and order the agent saw last (and the agent's own 工号, name, shop). */
export function usePreviewSample(db: AppDB): TemplateContext {
  const agent = settings.value.agent;
  const [sample, setSample] = useState<TemplateContext>({});
  useEffect(() => {
    void latestOrderSeen(db).then((row) => {
      const p = (row?.payload ?? {}) as { orderNo?: string; amount?: number };
      setSample({ 买家: row?.buyer?.nick, 订单号: p.orderNo, 金额: p.amount?.toFixed(2) });
    });
  }, [db]);
  return { ...sample, 工号: agent?.staffId, 客服: agent?.name, 店铺: agent?.shop };
}
