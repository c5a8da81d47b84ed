// Referrals (seed 000): a case transfer to another organisation, or an informational referral inside or outside
// the network. A transfer only announces itself; the receiving organisation completes it by assigning one of its
// case managers (R-REF-03, R-REF-16). Referral emails carry the case number, never the client (R-REF-12/13).
import type { Label } from './case-model.ts';
import { addDays, type IsoDate } from './dates.ts';
import { violation, type Violation } from './refusals.ts';
import { containsSinLikeNumber } from './sin-in-text.ts';

export const REFERRAL_TYPES = ['CASE_TRANSFER', 'INFO_WITHIN_LAMPSS', 'INFO_OUTSIDE_LAMPSS'] as const;
export type ReferralType = (typeof REFERRAL_TYPES)[number];

export const REFERRAL_TYPE_LABELS: Record<ReferralType, Label> = {
  CASE_TRANSFER: { en: 'Case Transfer', fr: 'Transfert de dossier' },
  INFO_WITHIN_LAMPSS: { en: 'Informational (within LaMPSS)', fr: "Pour information (à l'intérieur du LaMPSS)" },
  INFO_OUTSIDE_LAMPSS: { en: 'Informational (outside LaMPSS)', fr: "Pour information (à l'extérieur du LaMPSS)" },
};

export type Language = 'EN' | 'FR';
export type ReferralEmailStatus = 'SENT' | 'EMAILED' | 'EMAIL_FAILED';
export type TransferOutcome = 'PENDING' | 'COMPLETED' | 'SUPERSEDED' | 'NOT_APPLICABLE';

/** the referral's own status (Sent, then Emailed), not the case's. */
export const REFERRAL_STATUS_LABELS: Record<ReferralEmailStatus, Label> = {
  SENT: { en: 'Sent', fr: 'Envoyé' },
  EMAILED: { en: 'Emailed', fr: 'Envoyé par courriel' },
  EMAIL_FAILED: { en: 'Email not delivered', fr: 'Courriel non livré' },
};

export const TRANSFER_OUTCOME_LABELS: Record<TransferOutcome, Label> = {
  PENDING: { en: 'Transfer pending', fr: 'Transfert en attente' },
  COMPLETED: { en: 'Transfer completed', fr: 'Transfert terminé' },
  SUPERSEDED: { en: 'Replaced by another transfer', fr: 'Remplacé par un autre transfert' },
  NOT_APPLICABLE: { en: 'Not a transfer', fr: 'Pas un transfert' },
};

/** The correspondence language of a referral. */
export const LANGUAGE_LABELS: Record<Language, Label> = {
  EN: { en: 'English', fr: 'Anglais' },
  FR: { en: 'French', fr: 'Français' },
};

export interface Referral {
  id: string;
  type: ReferralType;
  fromOrganisationId: number;
  toOrganisationId: number | null;
  toOrganisationName: string;
  contactPerson: string;
  emailedTo: string;
  language: Language;
  template: string;
  subject: string;
  body: string;
  submittedOn: IsoDate;
  submittedBy: number;
  status: ReferralEmailStatus;
  transferOutcome: TransferOutcome;
}

/** What the case manager sends; the API adds the receiving organisation's name and eligibility from the database. */
export interface ReferralInput {
  type: ReferralType;
  toOrganisationId?: number;
  toOrganisationName?: string;
  contactPerson: string;
  emailedTo: string;
  language: Language;
  subject: string;
  body: string;
  /** C-REF-01: the user confirmed "Send this referral? After it is sent, it cannot be changed." */
  confirmed: boolean;
  /** E-REF-06: the user saw the personal-information warning and sends anyway. */
  personalInfoAcknowledged?: boolean;
  /** R-REF-21: the draft it was written in, whose id it keeps. */
  draftId?: string;
}

/** The receiving organisation as the API found it when the referral was sent (R-REF-05 is checked again then). */
export interface ReceivingOrganisation {
  id: number;
  name: string;
  eligible: boolean;
}

/** R-REF-10: the correspondence template of each type. */
export const REFERRAL_TEMPLATES: Record<ReferralType, string> = {
  CASE_TRANSFER: 'NSW Referral – Case Transfer',
  INFO_WITHIN_LAMPSS: 'NSW Referral – Informational within NSW Network',
  INFO_OUTSIDE_LAMPSS: 'NSW Referral – Informational Client Referral outside of NSW Network',
};

/** The templates' names in both languages, by the type each serves. */
export const REFERRAL_TEMPLATE_LABELS: Record<ReferralType, Label> = {
  CASE_TRANSFER: { en: REFERRAL_TEMPLATES.CASE_TRANSFER, fr: 'Renvoi NSW – Transfert de dossier' },
  INFO_WITHIN_LAMPSS: {
    en: REFERRAL_TEMPLATES.INFO_WITHIN_LAMPSS,
    fr: 'Renvoi NSW – Pour information à l’intérieur du réseau NSW',
  },
  INFO_OUTSIDE_LAMPSS: {
    en: REFERRAL_TEMPLATES.INFO_OUTSIDE_LAMPSS,
    fr: 'Renvoi NSW – Renvoi d’un client pour information à l’extérieur du réseau NSW',
  },
};

/** R-REF-08: subject and body a referral starts with, in the chosen language; only the case number identifies the
 * client. */
export function referralTemplate(
  type: ReferralType,
  language: Language,
  p: { caseId: number; fromOrganisation: string; toOrganisation: string },
): { template: string; subject: string; body: string } {
  const en = {
    CASE_TRANSFER: {
      subject: `Case transfer referral from ${p.fromOrganisation} – case ${p.caseId}`,
      body:
        `${p.fromOrganisation} would like to transfer case ${p.caseId} to ${p.toOrganisation}.\n\nPlease ` +
        `sign in to Pathway, open case ${p.caseId} and complete the transfer from its Case Details / ` +
        `Transfer page by assigning one of your case managers. Until then the case stays with ` +
        `${p.fromOrganisation}.`,
    },
    INFO_WITHIN_LAMPSS: {
      subject: `Client referral from ${p.fromOrganisation} – case ${p.caseId}`,
      body:
        `${p.fromOrganisation} is referring a client to the services of ${p.toOrganisation}. ` +
        `${p.fromOrganisation} continues to manage the case.\n\nSign in to Pathway to see the client's ` +
        `record under case ${p.caseId}.`,
    },
    INFO_OUTSIDE_LAMPSS: {
      subject: `Client referral from ${p.fromOrganisation}`,
      body:
        `${p.fromOrganisation} is referring a client to the services of ${p.toOrganisation}. We will ` +
        `contact you to discuss the referral.`,
    },
  };
  const fr = {
    CASE_TRANSFER: {
      subject: `Renvoi en transfert de dossier de ${p.fromOrganisation} – cas ${p.caseId}`,
      body:
        `${p.fromOrganisation} souhaite transférer le cas ${p.caseId} à ` +
        `${p.toOrganisation}.\n\nVeuillez ouvrir une session dans Pathway, ouvrir le cas ${p.caseId} et ` +
        `terminer le transfert à la page Détails du cas / Transfert en attribuant le cas à l'un de ` +
        `vos gestionnaires de cas. D'ici là, le cas demeure à ${p.fromOrganisation}.`,
    },
    INFO_WITHIN_LAMPSS: {
      subject: `Renvoi d'un client de ${p.fromOrganisation} – cas ${p.caseId}`,
      body:
        `${p.fromOrganisation} renvoie un client vers les services de ${p.toOrganisation}. ` +
        `${p.fromOrganisation} continue de gérer le cas.\n\nOuvrez une session dans Pathway pour ` +
        `consulter le dossier personnel du client sous le cas ${p.caseId}.`,
    },
    INFO_OUTSIDE_LAMPSS: {
      subject: `Renvoi d'un client de ${p.fromOrganisation}`,
      body:
        `${p.fromOrganisation} renvoie un client vers les services de ${p.toOrganisation}. Nous ` +
        `communiquerons avec vous pour discuter du renvoi.`,
    },
  };
  return { template: REFERRAL_TEMPLATES[type], ...(language === 'FR' ? fr : en)[type] };
}

/** What a referral email's text may not contain about its client; the API knows these, the workflow does not. */
export interface ClientIdentity {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  phone?: string | null;
  sin?: string | null;
}

const SIN_FINDING = 'a number that looks like a social insurance number';
/** The SIN the case workflow refuses without the client (a direct Update), unchanged since its first histories. */
const SIN_AS_WORKFLOWS_READ_IT = /\b\d{3}[\s-]?\d{3}[\s-]?\d{3}\b/;

/**
 * R-REF-12: personal information found in a referral's subject or body. A SIN-like number always blocks, however it
 * is written (domain/sin-in-text.ts); the client's name, date of birth or phone number is a warning the user must
 * acknowledge.
 */
/** A finding of personalInfoFindings in French. */
const FINDINGS_FR: Record<string, string> = {
  [SIN_FINDING]: "un nombre qui ressemble à un numéro d'assurance sociale",
  "the client's name": 'le nom du client',
  "the client's date of birth": 'la date de naissance du client',
  "the client's phone number": 'le numéro de téléphone du client',
};
const findingFr = (finding: string) => FINDINGS_FR[finding] ?? finding;

export function personalInfoFindings(text: string, client: ClientIdentity): { blocking: string[]; warnings: string[] } {
  const blocking = containsSinLikeNumber(text) ? [SIN_FINDING] : [];
  const warnings: string[] = [];
  const lower = text.toLocaleLowerCase('en-CA');
  const has = (s: string | null | undefined) => !!s && s.length > 1 && lower.includes(s.toLocaleLowerCase('en-CA'));
  if (has(client.firstName) || has(client.lastName)) warnings.push("the client's name");
  if (has(client.dateOfBirth)) warnings.push("the client's date of birth");
  const digits = client.phone?.replace(/\D/g, '') ?? '';
  if (digits.length >= 7 && text.replace(/\D/g, '').includes(digits.slice(-7)))
    warnings.push("the client's phone number");
  return { blocking, warnings };
}

const isClosed = (status: string) => status === 'CLOSED';
const transferBlocked = (status: string) => status === 'FOLLOW_UP' || status === 'CLOSED';

/** Every rule a referral must meet when it is sent (ACT-REF-06). `client` is given by the API, absent in the workflow.
 */
export function validateReferral(
  caseStatus: string,
  input: ReferralInput,
  ctx: { fromOrganisationId: number; receiving?: ReceivingOrganisation | null; client?: ClientIdentity },
): Violation[] {
  if (isClosed(caseStatus))
    return [
      violation('R-REF-01', 'E-REF-10', {
        en: 'Referrals cannot be added to a closed case.',
        fr: 'Des aiguillages ne peuvent pas être ajoutés à un cas fermé.',
      }),
    ];
  const v: Violation[] = [];
  if (input.type === 'CASE_TRANSFER' && transferBlocked(caseStatus)) {
    v.push(
      violation(
        'R-REF-17',
        'E-REF-04',
        {
          en: 'A case cannot be transferred while its status is Follow-up or Closed.',
          fr: 'Un cas ne peut pas être transféré pendant que son statut est « Suivi » ou « Fermé ».',
        },
        {
          field: 'type',
        },
      ),
    );
  }
  if (input.type === 'INFO_OUTSIDE_LAMPSS') {
    if (!input.toOrganisationName?.trim())
      v.push(
        violation(
          'R-REF-06',
          'E-REF-01',
          { en: 'Enter the name of the receiving organisation.', fr: "Entrez le nom de l'organisme destinataire." },
          {
            field: 'toOrganisationName',
          },
        ),
      );
  } else if (input.toOrganisationId === undefined || !ctx.receiving) {
    v.push(
      violation(
        'R-REF-05',
        'E-REF-01',
        {
          en: 'Select the receiving organisation from the list.',
          fr: "Choisissez l'organisme destinataire dans la liste.",
        },
        {
          field: 'toOrganisationId',
        },
      ),
    );
  } else if (ctx.receiving.id === ctx.fromOrganisationId) {
    v.push(
      violation(
        'R-REF-05',
        'E-REF-05',
        {
          en: 'Your own organisation cannot receive this referral. Choose another organisation.',
          fr: 'Votre propre organisme ne peut pas recevoir cet aiguillage. Choisissez un autre organisme.',
        },
        { field: 'toOrganisationId' },
      ),
    );
  } else if (!ctx.receiving.eligible) {
    v.push(
      violation(
        'R-REF-05',
        'E-REF-05',
        {
          en:
            `${ctx.receiving.name} can no longer receive LaMPSS referrals (its funding agreement, External ` +
            `Case Management program or client tracking is not active). Choose another organisation.`,
          fr:
            `${ctx.receiving.name} ne peut plus recevoir d'aiguillages du LaMPSS ` +
            `(son entente de financement, son programme de gestion de cas ` +
            `externe ou son suivi des clients n'est pas actif). Choisissez un autre organisme.`,
        },
        { field: 'toOrganisationId' },
      ),
    );
  }
  if (!input.contactPerson.trim())
    v.push(
      violation(
        'R-REF-06',
        'E-REF-07',
        { en: 'Enter the contact person.', fr: 'Entrez la personne-ressource.' },
        { field: 'contactPerson' },
      ),
    );
  if (!input.subject.trim() || !input.body.trim())
    v.push(
      violation(
        'R-REF-08',
        'E-REF-09',
        {
          en: 'The email subject and body cannot be empty.',
          fr: "L'objet et le corps du courriel ne peuvent pas être vides.",
        },
        {
          field: input.subject.trim() ? 'body' : 'subject',
        },
      ),
    );
  const text = `${input.subject}\n${input.body}`;
  // The API, which knows the client, reads the text fully. The workflow keeps the reading it has always had: a stricter
  // one there would refuse, when a case's history is replayed, a referral it once accepted.
  const findings = ctx.client
    ? personalInfoFindings(text, ctx.client)
    : { blocking: SIN_AS_WORKFLOWS_READ_IT.test(text) ? [SIN_FINDING] : [], warnings: [] };
  if (findings.blocking.length) {
    v.push(
      violation(
        'R-REF-12',
        'E-REF-06',
        {
          en:
            `Remove ${findings.blocking.join(' and ')} from the email: ` +
            `referral emails never carry a client's identifiers.`,
          fr:
            `Retirez ${findings.blocking.map(findingFr).join(' et ')} du courriel : les ` +
            `courriels d'aiguillage ne contiennent jamais les identifiants d'un client.`,
        },
        { field: 'body' },
      ),
    );
  } else if (findings.warnings.length && !input.personalInfoAcknowledged) {
    v.push(
      violation(
        'R-REF-12',
        'E-REF-06',
        {
          en:
            `Do not include personal information about the client in the email subject or body: it seems to ` +
            `contain ${findings.warnings.join(', ')}. Remove it, or confirm that it is not about the client.`,
          fr:
            `N'incluez pas de renseignements personnels sur le client ` +
            `dans l'objet ou le corps du courriel : il semble ` +
            `contenir ${findings.warnings.map(findingFr).join(', ')}. ` +
            `Retirez-les, ou confirmez qu'ils ne concernent pas le client.`,
        },
        { field: 'body' },
      ),
    );
  }
  if (!v.length && !input.confirmed) {
    v.push(
      violation(
        'R-REF-11',
        'C-REF-01',
        {
          en: 'Confirm that you want to send this referral: after it is sent, it cannot be changed.',
          fr: 'Confirmez que vous voulez envoyer cet aiguillage : une fois envoyé, il ne peut plus être modifié.',
        },
        { field: 'confirmed' },
      ),
    );
  }
  return v;
}

export function newReferral(
  id: string,
  input: ReferralInput,
  ctx: {
    fromOrganisationId: number;
    receiving?: ReceivingOrganisation | null;
    caseId: number;
    fromOrganisationName: string;
    today: IsoDate;
    actorId: number;
  },
): Referral {
  const toName = input.type === 'INFO_OUTSIDE_LAMPSS' ? input.toOrganisationName!.trim() : ctx.receiving!.name;
  return {
    id,
    type: input.type,
    fromOrganisationId: ctx.fromOrganisationId,
    toOrganisationId: input.type === 'INFO_OUTSIDE_LAMPSS' ? null : ctx.receiving!.id,
    toOrganisationName: toName,
    contactPerson: input.contactPerson.trim(),
    emailedTo: input.emailedTo.trim(),
    language: input.language,
    template: REFERRAL_TEMPLATES[input.type],
    subject: input.subject.trim(),
    body: input.body.trim(),
    submittedOn: ctx.today,
    submittedBy: ctx.actorId,
    status: 'SENT',
    transferOutcome: input.type === 'CASE_TRANSFER' ? 'PENDING' : 'NOT_APPLICABLE',
  };
}

/** How long a case transfer may wait for the receiving organisation before both sides are reminded [PROP]. */
export const TRANSFER_REMINDER_DAYS = 14;

export const transferReminderDate = (r: Pick<Referral, 'submittedOn'>): IsoDate =>
  addDays(r.submittedOn, TRANSFER_REMINDER_DAYS);

export const pendingTransfers = (referrals: readonly Referral[] | undefined) =>
  (referrals ?? []).filter((r) => r.type === 'CASE_TRANSFER' && r.transferOutcome === 'PENDING');

/** The receiving organisation completes a transfer (ACT-REF-08); the API checks the case manager and the agreement. */
export interface TransferInput {
  caseManagerId: number;
  serviceDeliveryLocation?: string;
  /** C-TR-01: the user confirmed the transfer. */
  confirmed: boolean;
}

export function validateCompleteTransfer(
  caseStatus: string,
  referrals: readonly Referral[] | undefined,
  input: TransferInput,
  actorOrganisationId: number,
): Violation[] {
  if (transferBlocked(caseStatus))
    return [
      violation('R-REF-17', 'E-REF-04', {
        en: 'A case cannot be transferred while its status is Follow-up or Closed.',
        fr: 'Un cas ne peut pas être transféré pendant que son statut est « Suivi » ou « Fermé ».',
      }),
    ];
  if (!pendingTransfers(referrals).some((r) => r.toOrganisationId === actorOrganisationId)) {
    return [
      violation('R-REF-20', 'E-TR-01', {
        en: 'Your organisation has no pending Case Transfer referral for this case.',
        fr: "Votre organisme n'a aucun aiguillage de transfert de cas en attente pour ce cas.",
      }),
    ];
  }
  if (!input.confirmed)
    return [
      violation(
        'R-REF-16',
        'C-TR-01',
        {
          en: 'Confirm the transfer: the case will be assigned to your organisation and the case manager you chose.',
          fr:
            'Confirmez le transfert : le cas sera attribué à votre organisme et au gestionnaire de cas que vous ' +
            'avez choisi.',
        },
        { field: 'confirmed' },
      ),
    ];
  return [];
}

/**
 * R-REF-13: the letter attached to a referral email, from the template of its type in its language. It carries
 * the referring organisation's contact details and the case number, never the client's identity (spec A-03).
 */
export function referralLetter(
  r: Pick<Referral, 'type' | 'language' | 'toOrganisationName' | 'contactPerson' | 'submittedOn'>,
  p: { caseId: number; fromOrganisation: string; fromEmail: string | null },
): { filename: string; title: string; paragraphs: string[] } {
  const fr = r.language === 'FR';
  const purpose: Record<ReferralType, { en: string; fr: string }> = {
    CASE_TRANSFER: {
      en:
        `${p.fromOrganisation} refers case ${p.caseId} to your organisation for a case transfer. To ` +
        `complete it, sign in to Pathway, open case ${p.caseId} and assign it to one of your case managers ` +
        `on its Case Details / Transfer page. Until then, ${p.fromOrganisation} continues to manage the ` +
        `case.`,
      fr:
        `${p.fromOrganisation} vous renvoie le cas ${p.caseId} en vue d'un transfert de dossier. Pour ` +
        `le terminer, ouvrez une session dans Pathway, ouvrez le cas ${p.caseId} et attribuez-le à l'un ` +
        `de vos gestionnaires de cas à la page Détails du cas / Transfert. D'ici là, ` +
        `${p.fromOrganisation} continue de gérer le cas.`,
    },
    INFO_WITHIN_LAMPSS: {
      en:
        `${p.fromOrganisation} refers a client to the services of your organisation. ${p.fromOrganisation} ` +
        `continues to manage the case; you can see the client's record in Pathway under case ${p.caseId}.`,
      fr:
        `${p.fromOrganisation} renvoie un client vers les services de votre organisme. ` +
        `${p.fromOrganisation} continue de gérer le cas; vous pouvez consulter le dossier personnel du ` +
        `client dans Pathway sous le cas ${p.caseId}.`,
    },
    INFO_OUTSIDE_LAMPSS: {
      en:
        `${p.fromOrganisation} refers a client to the services of your organisation and will contact you to ` +
        `discuss the referral.`,
      fr:
        `${p.fromOrganisation} renvoie un client vers les services de votre organisme et communiquera avec ` +
        `vous pour discuter du renvoi.`,
    },
  };
  const contact = p.fromEmail ? (fr ? `Courriel : ${p.fromEmail}` : `Email: ${p.fromEmail}`) : '';
  return {
    filename: `referral-case-${p.caseId}.pdf`,
    title: REFERRAL_TEMPLATES[r.type],
    paragraphs: [
      REFERRAL_TEMPLATES[r.type],
      r.submittedOn,
      '',
      r.toOrganisationName,
      fr ? `À l'attention de : ${r.contactPerson}` : `Attention: ${r.contactPerson}`,
      '',
      fr ? `Objet : renvoi – cas ${p.caseId}` : `Re: referral – case ${p.caseId}`,
      '',
      purpose[r.type][fr ? 'fr' : 'en'],
      '',
      fr ? 'Pour toute question, communiquez avec nous :' : 'For any question, contact us:',
      p.fromOrganisation,
      contact,
    ],
  };
}
