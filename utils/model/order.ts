import { z } from 'zod';
import { siteIdSchema } from './site';

export const orderRefSchema = z.object({
  site: siteIdSchema,
  orderNo: z.string().min(1).max(40),
});
export type OrderRef = z.infer<typeof orderRefSchema>;

/** An order as a seller page shows it. */
export const pageOrderSchema = z.object({
  orderNo: z.string().min(1).max(40),
  status: z.string().max(40).optional(),
  /** Amount in the page's currency, as a number (e.g. 39.9). */
  amount: z.number().nonnegative().optional(),
  trackingNo: z.string().max(40).optional(),
  /** The carrier as the page names it (Почта России, 4PX, Cainiao …): it picks the buyer's tracking page. */
  carrier: z.string().max(40).optional(),
  remark: z.string().max(2000).optional(),
  flag: z.string().max(10).optional(),
  buyerName: z.string().max(100).optional(),
  /** Epoch milliseconds when the page states when the order was placed. */
  placedAt: z.number().int().optional(),
});
export type PageOrder = z.infer<typeof pageOrderSchema>;
