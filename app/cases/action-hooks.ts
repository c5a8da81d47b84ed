// What some case actions need from the server besides the user's input: facts only the database knows (the
// organisation's required modules, who may be assigned, the receiving or delivering organisation), checks on data the
// workflow must never see (the client's identity in a referral's text, R-REF-12), another way to reach the case (a
// transfer is completed by the receiving organisation), and work that follows (R-PM-03). An action without hooks
// needs none.
import { Case, Individual, Organisation, User, type ICase } from '../../db/entities.ts';
import { INFO_MODULES } from '../../domain/additional-info.ts';
import type { CaseAction } from '../../domain/case-action.ts';
import { can } from '../../domain/permissions.ts';
import { assertNoViolations, notFound, violation } from '../../domain/refusals.ts';
import { validateReferral, type ReferralInput } from '../../domain/referrals.ts';
import { configuredModules, requiredModules } from '../additional-info/modules.ts';
import type { AppContext } from '../context.ts';
import { deleteDrafts, draftsOfDeletedIntervention } from '../funding/intervention-drafts.ts';
import { openDraft, sendableDraft } from '../referrals/drafts.ts';
import { receivingOrganisation, referredCase } from '../referrals/queries.ts';
import { deliveringOrganisation } from '../services/delivering-organisations.ts';
import { assertChosenPartner } from '../business-partners/chosen-partner.ts';
import { rememberPartner } from '../business-partners/partners.ts';

/** The action's input as the user sent it: its parsed body and its path parameters. */
export type ActionRequest = Record<string, unknown>;

export interface ActionHooks {
  /** The case the caller may act on; by default a case of their own organisation, else 404. */
  loadCase?(ctx: AppContext, caseId: number): Promise<ICase>;
  /** Checks before the Update is sent, and the facts it carries besides the user's input. */
  prepare?(ctx: AppContext, c: ICase, input: ActionRequest): Promise<object>;
  /** Work that follows an accepted action. */
  after?(ctx: AppContext, c: ICase, input: ActionRequest): Promise<void>;
  /** The answer, when it is more than the case as stored. */
  answer?(view: unknown): unknown;
}

const partners = new WeakMap<ActionRequest, { name: string; organisationId?: number }>();
const drafts = new WeakMap<ActionRequest, Awaited<ReturnType<typeof draftsOfDeletedIntervention>>>();

export const ACTION_HOOKS: Partial<Record<string, ActionHooks>> = {
  completeTask: {
    // R-CASE-28: the organisation's required modules as configured now.
    prepare: async (ctx) => ({ requiredModules: await requiredModules(ctx.em, ctx.user.organisationId) }),
  },

  saveAdditionalInfo: {
    async prepare(ctx, _c, input) {
      const moduleCode = String(input.moduleCode);
      if (!(moduleCode in INFO_MODULES)) {
        const modules = Object.values(INFO_MODULES);
        throw notFound({
          en: `Module ${moduleCode} (the modules are ${modules.map((m) => m.en).join(', ')})`,
          fr: `Le module ${moduleCode} (les modules sont ${modules.map((m) => m.fr).join(', ')})`,
        });
      }
      const modules = await configuredModules(ctx.em, ctx.user.organisationId);
      return { questions: modules.find((m) => m.moduleCode === moduleCode)?.questions ?? [] };
    },
  },

  addIntervention: {
    // R-DLV-03: the organisation the case is to be shared with, only if it is on the list; a name shares nothing.
    // R-INT-03: a name must be a Business Partner the user may choose; the choice joins their Recent list.
    async prepare(ctx, c, input) {
      const delivering = await deliveringOrganisation(
        ctx.em,
        c.organisationId,
        input.deliveringOrganisationId as number,
      );
      const name =
        input.deliveryModel === 'EXTERNAL' ? (input.deliveringOrganisation as string | undefined) : undefined;
      // With an id as well, the domain refuses both at once (R-DLV-03).
      if (name && input.deliveringOrganisationId === undefined) await assertChosenPartner(ctx, name);
      const chosen = delivering?.name ?? name;
      if (chosen) partners.set(input, { name: chosen, organisationId: delivering?.id });
      return { delivering };
    },
    async after(ctx, _c, input) {
      const chosen = partners.get(input);
      if (chosen) await rememberPartner(ctx.em, ctx.user, chosen.name, chosen.organisationId);
    },
  },

  removeIntervention: {
    // R-PM-03: refused with a submitted funding application; a draft application is deleted with the intervention.
    async prepare(ctx, c, input) {
      drafts.set(input, await draftsOfDeletedIntervention(ctx.em, c.id, String(input.interventionId)));
      return {};
    },
    after: (ctx, _c, input) => deleteDrafts(ctx, drafts.get(input) ?? []),
  },

  addNote: {
    // R-REF-21: a note written on a draft referral goes to a draft of this case that is not sent yet.
    async prepare(ctx, c, input) {
      if (input.referralId) await openDraft(ctx.em, ctx.user, c.id, String(input.referralId));
      return {};
    },
  },

  reassign: {
    // R-CASE-11: only an active case manager of the caller's organisation.
    async prepare(ctx, _c, input) {
      const manager = await ctx.em.findOne(User, {
        id: Number(input.caseManagerId),
        organisationId: ctx.user.organisationId,
        active: true,
      });
      return { assignable: !!manager && can(manager.profiles, 'case.assignable') };
    },
  },

  updateRegistration: {
    // Spec 01 §4.12: what the update changes is told against the details the case row has now.
    prepare: (_ctx, c) => Promise.resolve({ current: c.registration }),
  },

  submitReferral: {
    // R-REF-05/07: the receiving organisation; R-REF-12: the client's own data may not be in the text.
    async prepare(ctx, c, input) {
      const referral = input as unknown as ReferralInput;
      // R-REF-09, R-REF-21: the draft it was written in is this case's, and is sent once.
      if (referral.draftId) await sendableDraft(ctx, c.id, referral.draftId);
      const receiving =
        referral.type === 'INFO_OUTSIDE_LAMPSS' ? null : await receivingOrganisation(ctx.em, referral.toOrganisationId);
      const client = await ctx.em.findOneOrFail(Individual, { id: c.individualId });
      const sender = { fromOrganisationId: ctx.user.organisationId, fromOrganisationName: ctx.user.organisationName };
      assertNoViolations(validateReferral(c.status, referral, { ...sender, receiving, client }));
      return {
        ...sender,
        receiving: receiving && { id: receiving.id, name: receiving.name, eligible: receiving.eligible },
      };
    },
  },

  completeTransfer: {
    // ACT-REF-08: the receiving organisation reaches the case through the pending transfer (R-REF-15, R-REF-20).
    async loadCase(ctx, caseId) {
      if (await ctx.em.count(Case, { id: caseId, organisationId: ctx.user.organisationId })) {
        assertNoViolations([
          violation('R-REF-20', 'E-TR-01', {
            en: 'Your organisation already manages this case; there is nothing to transfer.',
            fr: "Votre organisme gère déjà ce cas; il n'y a rien à transférer.",
          }),
        ]);
      }
      const summary = await referredCase(ctx.em, ctx.user, caseId);
      return ctx.em.findOneOrFail(Case, { id: summary.id });
    },
    // R-REF-16: the receiving organisation reports the case against an active agreement, to one of its case managers.
    async prepare(ctx, c, input) {
      const org = await ctx.em.findOneOrFail(Organisation, { id: ctx.user.organisationId });
      if (!org.activeFundingAgreement)
        assertNoViolations([
          violation('R-REF-16', 'E-TR-03', {
            en: `${org.name} has no active agreement to report this case against.`,
            fr: `${org.name} n'a aucune entente en vigueur au titre de laquelle rendre compte de ce cas.`,
          }),
        ]);
      const manager = await ctx.em.findOne(User, {
        id: Number(input.caseManagerId),
        organisationId: ctx.user.organisationId,
        active: true,
      });
      if (!manager || !can(manager.profiles, 'case.assignable')) {
        assertNoViolations([
          violation(
            'R-REF-16',
            'E-TR-04',
            {
              en: `The selected case manager is not an active staff member of ${org.name}.`,
              fr: `Le gestionnaire de cas choisi ne fait pas partie du personnel actif de ${org.name}.`,
            },
            { field: 'caseManagerId' },
          ),
        ]);
      }
      return { actorOrganisationId: ctx.user.organisationId, previousOrganisationId: c.organisationId };
    },
    answer: (view) => ({
      message: 'The case was transferred successfully.',
      messageFr: 'Le transfert a été effectué avec succès.',
      case: view,
    }),
  },
} satisfies Partial<Record<string, ActionHooks>>;

/** The hooks of an action, by its name. */
export const hooksOf = (action: CaseAction<never>): ActionHooks => ACTION_HOOKS[action.name] ?? {};
