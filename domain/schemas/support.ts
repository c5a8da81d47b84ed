// Request shapes of Operations Support's "acting as" sessions (R-SEC-18) and of recording an access review (R-SEC-17).
import { z } from 'zod';
import { inputMessage } from '../input.ts';

export const actingAsSchema = z
  .object({
    organisationId: z.coerce
      .number()
      .int()
      .positive(
        inputMessage({ en: 'Choose the organisation to act as.', fr: 'Choisissez l’organisme pour lequel agir.' }),
      ),
    reason: z
      .string()
      .trim()
      .min(
        1,
        inputMessage({
          en: 'Say why support needs this access.',
          fr: 'Indiquez pourquoi le soutien a besoin de cet accès.',
        }),
      )
      .max(
        500,
        inputMessage({
          en: 'Keep the reason under 500 characters.',
          fr: 'La raison doit compter moins de 500 caractères.',
        }),
      ),
  })
  .meta({ id: 'ActingAs' });

export const accessReviewSchema = z
  .object({
    confirmed: z.literal(true, {
      message: inputMessage({
        en: 'Confirm that you reviewed every user’s access.',
        fr: 'Confirmez que vous avez vérifié l’accès de chaque utilisateur.',
      }),
    }),
    note: z
      .string()
      .trim()
      .max(
        1000,
        inputMessage({
          en: 'Keep the note under 1,000 characters.',
          fr: 'La note doit compter moins de 1 000 caractères.',
        }),
      )
      .optional(),
  })
  .meta({ id: 'AccessReview' });
