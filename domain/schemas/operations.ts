// Request shapes of the operations pages: the stuck steps list, a retry (or a resolution a step offers), a batch.
import { z } from 'zod';
import { STEP_RESOLUTIONS } from '../step-problems.ts';
import { STEP_GROUPS } from '../stuck-steps.ts';
import { pageParam, pageSizeParam } from './paging.ts';

export const stuckStepQuery = z.object({
  status: z.enum(['open', 'resolved', 'all']).default('open'),
  page: pageParam,
  pageSize: pageSizeParam(50),
});

export type StuckStepQuery = z.infer<typeof stuckStepQuery>;

export const stuckStepRetry = z.object({ resolution: z.enum(STEP_RESOLUTIONS).optional() }).strict();

/** Stuck steps of one kind retried at once: those named, or every one waiting of that kind. */
export const stuckStepBatchRetry = z
  .object({
    group: z.enum(STEP_GROUPS),
    stepIds: z.array(z.string().min(1).max(300)).min(1).max(100).optional(),
  })
  .strict();

export type StuckStepBatchRetry = z.infer<typeof stuckStepBatchRetry>;
