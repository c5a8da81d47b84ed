// Request shapes of the operations pages: the stuck steps list.
import { z } from 'zod';
import { pageParam, pageSizeParam } from './paging.ts';

export const stuckStepQuery = z.object({
  status: z.enum(['open', 'resolved', 'all']).default('open'),
  page: pageParam,
  pageSize: pageSizeParam(50),
});

export type StuckStepQuery = z.infer<typeof stuckStepQuery>;
