// The organisation's agreements list (seed 001, line 297, "Voir les ententes en vigueur"): paged and sorted the
// one way every list is (R-UI-05), optionally only the agreements still in force.
import { z } from 'zod';
import { inputMessage } from '../input.ts';
import { pageParam, pageSizeParam, sortParams } from './paging.ts';

export const AGREEMENT_SORTS = ['agreementId', 'person', 'program', 'status', 'statusDate'] as const;

export const organisationAgreementsQuery = z.object({
  /** Only the agreements in force: every status but Closed. */
  inForce: z
    .enum(['true', 'false'], inputMessage({ en: 'inForce is true or false.', fr: 'inForce vaut true ou false.' }))
    .optional(),
  ...sortParams(AGREEMENT_SORTS, { sort: 'agreementId', dir: 'desc' }),
  page: pageParam,
  pageSize: pageSizeParam(20),
});

export type OrganisationAgreementsQuery = z.infer<typeof organisationAgreementsQuery>;
