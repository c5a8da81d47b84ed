// Read models of funding requests (spec 02 §4.C): the programs that fund an intervention, a case's application
// packages, a package with its checklist and history, and an agreement's home page.
import type { InferEntity } from '@mikro-orm/postgresql';
import {
  Case,
  CaseDocument,
  CaseEducation,
  FundingEvent,
  FundingPackage,
  Individual,
  InterventionRow,
  NeedsDeterminationRow,
  StuckStep,
  User,
  type ICase,
} from '../../db/entities.ts';
import { businessDate } from '../../domain/dates.ts';
import { employmentHistoryHint } from '../../domain/education.ts';
import {
  CASE_ELEMENTS,
  caseElementStatuses,
  documentStatus,
  FUNDING_PROGRAMS,
  INFO_PACKAGE_LOCKED,
  PACKAGE_STATE_LABELS,
  programsFor,
  spellingFindings,
  submittedMessage,
  WARN_CHANGES_REQUIRED,
  type FundingState,
} from '../../domain/funding.ts';
import { can } from '../../domain/permissions.ts';
import { notFound } from '../../domain/refusals.ts';
import { loadCase } from '../cases/queries.ts';
import type { AppContext } from '../context.ts';
import { rememberOpened } from '../navigation/recent-items.ts';
import { listedName } from '../../domain/person-name.ts';

/** A step of the submission kept failing: operations see it with its error, the case manager only that it waits. */
const WAITING_FOR_OPERATIONS = {
  en: 'Submission is waiting for operations: a step could not be completed, and operations have been told.',
  fr: "L'envoi attend l'équipe d'exploitation : une étape n'a pas pu être terminée, et l'équipe en a été avisée.",
};
export type PackageRecord = InferEntity<typeof FundingPackage>;

/** R-FUND-06 / R-FUND-21: the case elements' statuses, read from what the case already holds. */
export async function caseElements(ctx: AppContext, caseId: number) {
  const [needs, education] = await Promise.all([
    ctx.em.find(NeedsDeterminationRow, { caseId }),
    ctx.em.findOne(CaseEducation, { caseId }),
  ]);
  const doc = (education?.document ?? {}) as {
    educationRecords?: unknown[];
    employmentRecords?: { fromDate: string; toDate?: string }[];
  };
  const employment = doc.employmentRecords ?? [];
  return caseElementStatuses({
    needs: needs.some((n) => n.completed) ? 'COMPLETED' : needs.length ? 'DRAFT' : 'NONE',
    educationRecords: doc.educationRecords?.length ?? 0,
    employmentRecords: employment.length,
    employmentHistoryShort:
      employment.length > 0 && employmentHistoryHint(employment as never, businessDate(new Date())) !== null,
  });
}

const ELEMENT_LABELS = { COMPLETE: 'Complete', INCOMPLETE: 'Incomplete', INCOMPLETE_MAYBE: 'Incomplete?' } as const;
const DOC_LABELS = { ATTACHED: 'Attached', MAILED_ON: 'Mailed On', MISSING: 'Missing', OPTIONAL: 'Optional' } as const;

/** The package and its case, if the user may see them: their organisation's; ENS staff see every package (R-FUND-13).
 * Another organisation's package is not found, exactly as one that does not exist. */
async function visiblePackage(ctx: AppContext, pkg: PackageRecord | null) {
  if (!pkg) return null;
  const c = await ctx.em.findOneOrFail(Case, { id: pkg.caseId });
  const visible = c.organisationId === ctx.user.organisationId || can(ctx.user.profiles, 'funding.decide');
  return visible ? { pkg, c } : null;
}

export async function loadPackage(ctx: AppContext, packageId: number) {
  const found = await visiblePackage(ctx, await ctx.em.findOne(FundingPackage, { id: packageId }));
  if (!found) throw notFound({ en: `Application package ${packageId}`, fr: `La trousse de demande ${packageId}` });
  return found;
}

/** C9: the package behind an agreement, for the case's organisation and for ENS. */
export async function loadAgreement(ctx: AppContext, agreementId: number) {
  const found = await visiblePackage(ctx, await ctx.em.findOne(FundingPackage, { agreementId }));
  if (!found) throw notFound({ en: `Agreement ${agreementId}`, fr: `L'entente ${agreementId}` });
  return found;
}

export async function packageView(ctx: AppContext, pkg: PackageRecord, c: ICase) {
  const s = pkg.snapshot as unknown as FundingState;
  // The case's own organisation attaches its case documents; ENS sees what was attached (R-FUND-13).
  const ownCase = c.organisationId === ctx.user.organisationId && can(ctx.user.profiles, 'case.view');
  const docIds = s.checklist.flatMap((i) => i.documentIds);
  const [elements, history, stuck, person, intervention, docs, caseDocuments] = await Promise.all([
    caseElements(ctx, c.id),
    ctx.em.find(FundingEvent, { packageId: pkg.id }, { orderBy: { at: 'asc', commandId: 'asc', seq: 'asc' } }),
    ctx.em.find(StuckStep, { workflowId: pkg.workflowId, status: { $ne: 'RESOLVED' } }),
    ctx.em.findOneOrFail(Individual, { id: c.individualId }),
    ctx.em.findOne(InterventionRow, { id: s.interventionId, caseId: c.id }),
    docIds.length ? ctx.em.find(CaseDocument, { id: { $in: docIds } }) : [],
    ownCase ? ctx.em.find(CaseDocument, { caseId: c.id, deletedAt: null }, { orderBy: { id: 'asc' } }) : [],
  ]);
  const actorIds = [...new Set(history.map((h) => h.actorId).filter((id): id is number => typeof id === 'number'))];
  const actors = actorIds.length ? await ctx.em.find(User, { id: { $in: actorIds } }) : [];
  const editable = s.state === 'DRAFT' || s.state === 'CHANGES_REQUIRED';
  const message =
    s.state === 'CHANGES_REQUIRED'
      ? WARN_CHANGES_REQUIRED
      : s.state === 'DRAFT'
        ? {
            en:
              'Please complete this application for funding using the checklist below. To submit this ' +
              'application for funding, click the Submit Application button at the bottom of this page.',
            fr:
              "Veuillez remplir cette demande de financement à l'aide de la liste de vérification ci-dessous. Pour " +
              'envoyer cette demande de financement, cliquez sur le bouton Envoyer la demande au bas de cette page.',
          }
        : (s.state === 'SUBMITTING' || s.state === 'RESUBMITTING') && stuck.some((x) => x.status === 'STUCK')
          ? WAITING_FOR_OPERATIONS
          : s.state === 'SUBMITTING' || s.state === 'RESUBMITTING'
            ? { en: 'Submission is being processed.', fr: "L'envoi est en cours de traitement." }
            : INFO_PACKAGE_LOCKED;
  const success = s.state === 'SUBMITTED' && s.agreement ? submittedMessage(s.agreement.agreementId) : null;
  return {
    id: pkg.id,
    caseId: c.id,
    interventionId: s.interventionId,
    program: FUNDING_PROGRAMS[s.programCode],
    // The case header (§3.8): whose case, and its status (submission needs RTWAP Mgmt, R-FUND-03).
    case: {
      id: c.id,
      status: c.status,
      clientName: listedName(person),
      ownOrganisation: ownCase,
    },
    intervention: intervention && {
      interventionType: intervention.interventionType,
      deliveringOrganisation: intervention.deliveringOrganisation,
      description: intervention.description,
      startDate: intervention.plannedStartDate,
      endDate: intervention.plannedEndDate,
    },
    state: s.state,
    stateLabel: PACKAGE_STATE_LABELS[s.state].en,
    editable,
    message: message.en,
    messageFr: message.fr,
    // §3.8: the button on the action plan.
    buttonLabel: editable ? 'Edit Application' : 'View Application',
    caseElements: CASE_ELEMENTS.map((e) => ({
      code: e.code,
      name: e.name,
      status: elements[e.code],
      statusLabel: ELEMENT_LABELS[elements[e.code]],
    })),
    documents: s.checklist.map((i) => ({
      code: i.code,
      name: i.name,
      requirement: i.requirement,
      status: documentStatus(i),
      statusLabel: DOC_LABELS[documentStatus(i)],
      paper: i.paper,
      date: i.date,
      attachments: i.documentIds.map((id) => ({
        id,
        documentName: docs.find((d) => d.id === id)?.documentName ?? null,
      })),
    })),
    statement: s.statement,
    // R-FUND-20: the saved statement's spelling findings (never blocking).
    spelling: spellingFindings(s.statement?.justification ?? ''),
    // R-DOC-01: the case's documents a row can attach (the case's own organisation only).
    caseDocuments: caseDocuments.map((d) => ({
      id: d.id,
      documentName: d.documentName,
      topic: d.topic,
      createdOn: d.createdOn,
    })),
    agreement: s.agreement && { ...s.agreement, lastSubmittedAt: s.submissions.at(-1)?.at ?? null },
    submissions: s.submissions,
    changeRequest: s.changeRequest,
    payment: s.payment,
    successMessage: success?.en ?? null,
    successMessageFr: success?.fr ?? null,
    // §5.9: a step that keeps failing is shown as waiting for operations to the user; operations see the detail.
    processing: stuck.map((x) => ({ kind: x.kind, status: x.status })),
    history: history.map((h) => {
      const actor = actors.find((u) => u.id === h.actorId);
      return {
        type: h.type,
        at: h.at,
        actorId: h.actorId,
        actorName: actor ? listedName(actor) : null,
        detail: h.detail,
      };
    }),
  };
}

/** A package as its case's organisation or ENS sees it. */
export async function fundingPackage(ctx: AppContext, packageId: number) {
  const { pkg, c } = await loadPackage(ctx, packageId);
  return packageView(ctx, pkg, c);
}

/** C1 / R-FUND-01/02: the programs that fund this intervention, primary first, then the alternatives. */
export async function fundingPrograms(ctx: AppContext, caseId: number, interventionId: string) {
  const c = await loadCase(ctx.em, ctx.user, caseId);
  const i = await ctx.em.findOne(InterventionRow, { id: interventionId, caseId: c.id, deleted: false });
  if (!i) throw notFound({ en: `Intervention ${interventionId}`, fr: `L'intervention ${interventionId}` });
  const programs = i.fundingRequested ? programsFor(i.interventionType) : [];
  return {
    fundingRequested: i.fundingRequested,
    programs: programs.filter((p) => !p.alternative),
    alternatives: programs.filter((p) => p.alternative),
    message: !i.fundingRequested
      ? 'This intervention is not marked as needing funding.'
      : programs.length
        ? null
        : 'No funding program available',
    messageFr: !i.fundingRequested
      ? "Cette intervention n'est pas indiquée comme nécessitant du financement."
      : programs.length
        ? null
        : 'Aucun programme de financement offert',
  };
}

export async function casePackages(ctx: AppContext, caseId: number) {
  const c = await loadCase(ctx.em, ctx.user, caseId);
  const rows = await ctx.em.find(
    FundingPackage,
    { caseId: c.id, state: { $ne: 'DELETED' } },
    { orderBy: { id: 'desc' } },
  );
  return {
    items: rows.map((p) => ({
      id: p.id,
      interventionId: p.interventionId,
      programCode: p.programCode,
      state: p.state,
      stateLabel: PACKAGE_STATE_LABELS[p.state as FundingState['state']].en,
      agreementId: p.agreementId,
    })),
  };
}

/** C9: the agreement home page. */
export async function agreementHome(ctx: AppContext, agreementId: number) {
  const { pkg, c } = await loadAgreement(ctx, agreementId);
  await rememberOpened(ctx.em, ctx.user, 'AGREEMENT', agreementId);
  const s = pkg.snapshot as unknown as FundingState;
  const a = s.agreement!;
  const days = Math.round((Date.parse(s.interventionEnd) - Date.parse(s.interventionStart)) / 86_400_000);
  return {
    agreementId: a.agreementId,
    program: a.program,
    agreementManager: a.agreementManager,
    status: a.status,
    statusDate: a.statusDate,
    closedReason: a.closedReason,
    // What ENS may decide next (R-FUND-15, R-FUND-18) depends on the package's state and any open request.
    packageState: s.state,
    changeRequest: s.changeRequest,
    programCode: s.programCode,
    startDate: s.interventionStart,
    endDate: s.interventionEnd,
    duration: `${Math.floor(days / 7)} week(s), ${days % 7} day(s)`,
    caseId: c.id,
    packageId: pkg.id,
    numberOfAmendments: 0,
    lastSubmittedAt: s.submissions.at(-1)?.at ?? null,
  };
}
