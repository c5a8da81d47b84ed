// Request shapes of the operations pages: the stuck steps list.
import { z } from 'zod';

export const stuckStepQuery = z.object({
  status: z.enum(['open', 'resolved', 'all']).default('open'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});

export type StuckStepQuery = z.infer<typeof stuckStepQuery>;
