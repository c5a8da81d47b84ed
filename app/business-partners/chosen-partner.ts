// R-INT-03: an intervention's delivering organisation is chosen through the Business Partner search, never typed: a
// name is accepted only when it is a partner the user may choose. Names stored before stay as they are.
import { RuleViolationError, violation } from '../../domain/refusals.ts';
import type { AppContext } from '../context.ts';
import { visiblePartnerNamed } from './queries.ts';

export async function assertChosenPartner(ctx: AppContext, name: string): Promise<void> {
  if (await visiblePartnerNamed(ctx.em, ctx.user, name)) return;
  throw new RuleViolationError([
    violation(
      'R-INT-03',
      'ERR_BP_NOT_FOUND',
      {
        en:
          `"${name}" is not a Business Partner you can choose: search the Business Partners and pick one, or ask ` +
          'whoever keeps your private partners to add it.',
        fr:
          `« ${name} » n'est pas un partenaire d'affaires que vous pouvez choisir : cherchez parmi les partenaires ` +
          "d'affaires et choisissez-en un, ou demandez à qui tient vos partenaires privés de l'ajouter.",
      },
      { field: 'deliveringOrganisation' },
    ),
  ]);
}
