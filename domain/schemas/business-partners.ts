// Request shapes of Business Partners (R-BP-01): adding or changing one, and searching them (R-INT-03).
import { z } from 'zod';
import { inputMessage } from '../input.ts';
import { INTERVENTION_TYPES } from '../reference.ts';
import { keys, text } from './fields.ts';

const optionalText = (max: number) => z.string().trim().max(max).optional();

export const businessPartnerSchema = z
  .object({
    name: text(120),
    city: optionalText(80),
    services: optionalText(200),
    phone: optionalText(30),
    /** Public partners are kept by ENS; every other organisation's partners are private to it. */
    visibility: z.enum(
      ['PUBLIC', 'PRIVATE'],
      inputMessage({ en: 'Choose Public or Private.', fr: 'Choisissez Public ou Privé.' }),
    ),
  })
  .meta({ id: 'BusinessPartner' });

/** By name and city; `serviceType` keeps the organisations with a Public service of that type (R-DLV-01, R-ES-02). */
export const businessPartnerSearchSchema = z
  .object({
    name: optionalText(120),
    city: optionalText(80),
    serviceType: z.enum(keys(INTERVENTION_TYPES)).optional(),
  })
  .meta({ id: 'BusinessPartnerSearch' });

export type BusinessPartnerInput = z.infer<typeof businessPartnerSchema>;
export type BusinessPartnerSearch = z.infer<typeof businessPartnerSearchSchema>;
