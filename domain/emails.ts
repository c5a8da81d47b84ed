// Email texts. Emails about cases carry the opaque case number and links, never a client's personal
// information (spec README resolution 8): the recipient signs in to see who the client is.

export interface EmailContent {
  subject: string;
  text: string;
  attachments?: { filename: string; contentType: string; content: Uint8Array }[];
}

export function caseAssignedEmail(input: {
  caseId: number;
  program: string;
  organisationName: string;
  caseManagerName: string;
  caseUrl: string;
}): EmailContent {
  return {
    subject: `Pathway: case ${input.caseId} is assigned to you`,
    text: [
      `Hello ${input.caseManagerName},`,
      '',
      `Case ${input.caseId} (${input.program}) at ${input.organisationName} is now assigned to you.`,
      `Open it in Pathway: ${input.caseUrl}`,
      '',
      'This message holds no client information. Sign in to Pathway to see the case.',
    ].join('\n'),
  };
}

/** The organisation a referral comes from, as its letter signs it (R-REF-13). */
export interface SenderOrganisation {
  name: string;
  email: string | null;
}

const signature = (from: SenderOrganisation, language: 'EN' | 'FR') =>
  language === 'FR'
    ? [
        '',
        '—',
        from.name,
        from.email ? `Courriel : ${from.email}` : null,
        'Ce message est envoyé d’une adresse sans réponse. Ne répondez pas à ce courriel.',
      ]
    : [
        '',
        '—',
        from.name,
        from.email ? `Email: ${from.email}` : null,
        'This message comes from a no-reply address. Do not reply to it.',
      ];

/** N-1: the referral email: subject and body as the case manager sent them, signed by their organisation. */
export function referralEmail(
  r: { subject: string; body: string; language: 'EN' | 'FR' },
  from: SenderOrganisation,
): EmailContent {
  return { subject: r.subject, text: [r.body, ...signature(from, r.language)].filter((l) => l !== null).join('\n') };
}

/** A case transfer still waiting for the receiving organisation: a reminder with the case number only. */
export function transferReminderEmail(
  r: { caseId: number; submittedOn: string; toOrganisationName: string; language: 'EN' | 'FR' },
  from: SenderOrganisation,
): EmailContent {
  const text =
    r.language === 'FR'
      ? [
          `Rappel : ${from.name} a proposé le transfert du dossier ${r.caseId} à ${r.toOrganisationName} ` +
            `le ${r.submittedOn}.`,
          `Le transfert n'est pas encore terminé. Ouvrez une session dans Pathway et ouvrez le cas ` +
            `${r.caseId} pour le terminer.`,
        ]
      : [
          `Reminder: ${from.name} referred case ${r.caseId} to ${r.toOrganisationName} for transfer on ` +
            `${r.submittedOn}.`,
          `The transfer is not complete yet. Sign in to Pathway and open case ${r.caseId} to complete it.`,
        ];
  return {
    subject:
      r.language === 'FR'
        ? `Rappel : transfert du dossier ${r.caseId} en attente`
        : `Reminder: transfer of case ${r.caseId} is waiting`,
    text: [...text, ...signature(from, r.language)].filter((l) => l !== null).join('\n'),
  };
}

/** N-3: the former case manager learns that the case left their organisation (case number and organisation only). */
export function transferCompletedEmail(input: {
  caseId: number;
  caseManagerName: string;
  toOrganisationName: string;
  date: string;
}): EmailContent {
  return {
    subject: `Pathway: case ${input.caseId} was transferred to ${input.toOrganisationName}`,
    text: [
      `Hello ${input.caseManagerName},`,
      '',
      `Case ${input.caseId} was transferred to ${input.toOrganisationName} on ${input.date}. It is no ` +
        `longer in your caseload.`,
      '',
      'This message holds no client information.',
    ].join('\n'),
  };
}

// Account-administration emails (spec 04 R-INV-14, SR-07, SR-14): in the recipient's language, with the product and
// organisation name in the subject and nothing about clients or cases in the text.
type Lang = 'EN' | 'FR';
const pick = (lang: string, en: string, fr: string) => (lang === 'FR' ? fr : en);
/** Header fields come from validated values; a line break could still end a header, so none is let through. */
const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ').trim();

export function invitationEmail(input: {
  lang: Lang | string;
  recipientName: string;
  organisationName: string;
  organisationCode: string;
  inviterName: string;
  message: string | null;
  link: string;
  expires: string;
  profiles: string[];
}): EmailContent {
  const fr = input.lang === 'FR';
  return {
    subject: oneLine(
      pick(
        input.lang,
        `Pathway (LaMPSS): invitation from ${input.organisationName}`,
        `Pathway (LaMPSS) : invitation de ${input.organisationName}`,
      ),
    ),
    text: [
      pick(input.lang, `Hello ${input.recipientName},`, `Bonjour ${input.recipientName},`),
      '',
      fr
        ? `${input.inviterName} vous invite à accéder au LaMPSS pour ${input.organisationName} (identifiant ` +
          `de l'organisme : ${input.organisationCode}).`
        : `${input.inviterName} invites you to LaMPSS access for ${input.organisationName} (organisation ` +
          `ID: ${input.organisationCode}).`,
      pick(
        input.lang,
        `Security profiles: ${input.profiles.join(', ')}`,
        `Profils de sécurité : ${input.profiles.join(', ')}`,
      ),
      ...(input.message
        ? [
            '',
            pick(input.lang, `Message from ${input.inviterName}:`, `Message de ${input.inviterName} :`),
            input.message,
          ]
        : []),
      '',
      pick(
        input.lang,
        'Open this link to choose your user ID and password:',
        "Ouvrez ce lien pour choisir votre code d'utilisateur et votre mot de passe :",
      ),
      input.link,
      '',
      pick(
        input.lang,
        `The invitation is valid until ${input.expires}.`,
        `L'invitation est valide jusqu'au ${input.expires}.`,
      ),
    ].join('\n'),
  };
}

export type AccessNotice =
  | 'PROFILES_CHANGED'
  | 'ACCESS_REMOVED'
  | 'DEACTIVATED'
  | 'PRIMARY_GIVEN'
  | 'PRIMARY_TAKEN'
  | 'INVITATION_ACCEPTED'
  | 'PASSWORD_CHANGED';

export function accessNoticeEmail(input: {
  lang: Lang | string;
  recipientName: string;
  organisationName: string;
  notice: AccessNotice;
  profiles?: string[];
}): EmailContent {
  const o = input.organisationName;
  const body: Record<AccessNotice, [string, string]> = {
    PROFILES_CHANGED: [
      `Your LaMPSS security profiles for ${o} are now: ${(input.profiles ?? []).join(', ') || 'none'}.`,
      `Vos profils de sécurité du LaMPSS pour ${o} sont maintenant : ${(input.profiles ?? []).join(', ') || 'aucun'}.`,
    ],
    ACCESS_REMOVED: [
      `Your LaMPSS access for ${o} has been removed. You remain a contact of the organisation.`,
      `Votre accès au LaMPSS pour ${o} a été supprimé. Vous demeurez une personne-ressource de l'organisme.`,
    ],
    DEACTIVATED: [`Your LaMPSS access for ${o} has ended.`, `Votre accès au LaMPSS pour ${o} a pris fin.`],
    PRIMARY_GIVEN: [
      `You are now the primary contact of ${o} in LaMPSS.`,
      `Vous êtes maintenant la principale personne-ressource de ${o} dans le LaMPSS.`,
    ],
    PRIMARY_TAKEN: [
      `You are no longer the primary contact of ${o} in LaMPSS.`,
      `Vous n'êtes plus la principale personne-ressource de ${o} dans le LaMPSS.`,
    ],
    INVITATION_ACCEPTED: [
      `Your LaMPSS access for ${o} is ready. Security profiles: ${(input.profiles ?? []).join(', ')}.`,
      `Votre accès au LaMPSS pour ${o} est prêt. Profils de sécurité : ${(input.profiles ?? []).join(', ')}.`,
    ],
    PASSWORD_CHANGED: [
      `The password of your LaMPSS access for ${o} was changed, and your other sessions were ended.`,
      `Le mot de passe de votre accès au LaMPSS pour ${o} a été changé, et vos autres sessions ont pris fin.`,
    ],
  };
  return {
    subject: oneLine(
      pick(input.lang, `Pathway (LaMPSS): your access for ${o}`, `Pathway (LaMPSS) : votre accès pour ${o}`),
    ),
    text: [
      pick(input.lang, `Hello ${input.recipientName},`, `Bonjour ${input.recipientName},`),
      '',
      pick(input.lang, ...body[input.notice]),
      '',
      pick(
        input.lang,
        'If you did not expect this change, contact your organisation’s LaMPSS administrator.',
        "Si vous ne vous attendiez pas à ce changement, communiquez avec l'administrateur du LaMPSS de " +
          'votre organisme.',
      ),
    ].join('\n'),
  };
}

// A public access request's emails (security issue, item 7) carry no text the requester wrote: a form that mailed its
// visitor's words to any address they typed would be an open relay. The first is a confirmation link to the address
// given; nothing else is sent there until it is opened.

export function accessRequestConfirmationEmail(input: {
  lang: Lang | string;
  link: string;
  hours: number;
}): EmailContent {
  return {
    subject: pick(
      input.lang,
      'Pathway (LaMPSS): confirm your access request',
      "Pathway (LaMPSS) : confirmez votre demande d'accès",
    ),
    text: [
      pick(input.lang, 'Hello,', 'Bonjour,'),
      '',
      pick(
        input.lang,
        'Someone asked for LaMPSS access for an organisation and gave this email address. To send the request to ' +
          `LaMPSS Operations Support, open this link within ${input.hours} hours:`,
        "Quelqu'un a demandé l'accès au LaMPSS pour un organisme et a donné cette adresse de courriel. Pour envoyer " +
          `la demande au Soutien aux opérations du LaMPSS, ouvrez ce lien d'ici ${input.hours} heures :`,
      ),
      input.link,
      '',
      pick(
        input.lang,
        'If it was not you, ignore this email: nothing is sent without your confirmation.',
        "Si ce n'était pas vous, ne tenez pas compte de ce courriel : rien n'est envoyé sans votre confirmation.",
      ),
    ].join('\n'),
  };
}

/** A confirmed access request, then its decision; `note` is Operations Support's reason for a rejection. */
export function accessRequestEmail(input: {
  lang: Lang | string;
  requestId: number;
  decision: 'SUBMITTED' | 'APPROVED' | 'REJECTED';
  note?: string | null;
}): EmailContent {
  const n = input.requestId;
  const body = {
    SUBMITTED: [
      `We received your LaMPSS access request (number ${n}). LaMPSS Operations Support will review it and write to ` +
        'you at this address.',
      `Nous avons reçu votre demande d'accès au LaMPSS (numéro ${n}). Le Soutien aux opérations du LaMPSS ` +
        "l'examinera et vous écrira à cette adresse.",
    ],
    APPROVED: [
      `Your LaMPSS access request (number ${n}) is approved. A separate email invites you to choose your user ` +
        'ID and password.',
      `Votre demande d'accès au LaMPSS (numéro ${n}) est approuvée. Un autre courriel vous invite à choisir votre ` +
        "code d'utilisateur et votre mot de passe.",
    ],
    REJECTED: [
      `Your LaMPSS access request (number ${n}) was not approved.`,
      `Votre demande d'accès au LaMPSS (numéro ${n}) n'a pas été approuvée.`,
    ],
  }[input.decision] as [string, string];
  return {
    subject: pick(input.lang, 'Pathway (LaMPSS): your access request', "Pathway (LaMPSS) : votre demande d'accès"),
    text: [
      pick(input.lang, 'Hello,', 'Bonjour,'),
      '',
      pick(input.lang, ...body),
      ...(input.note ? ['', pick(input.lang, 'Reason:', 'Motif :'), input.note] : []),
    ].join('\n'),
  };
}

/** R-UI-07: a forgotten-password link, to the account's own address; it names the account it resets. */
export function passwordResetEmail(input: {
  lang: Lang | string;
  recipientName: string;
  organisationName: string;
  organisationCode: string;
  loginId: string;
  link: string;
  minutes: number;
}): EmailContent {
  return {
    subject: oneLine(
      pick(
        input.lang,
        `Pathway (LaMPSS): choose a new password for ${input.organisationName}`,
        `Pathway (LaMPSS) : choisissez un nouveau mot de passe pour ${input.organisationName}`,
      ),
    ),
    text: [
      pick(input.lang, `Hello ${input.recipientName},`, `Bonjour ${input.recipientName},`),
      '',
      pick(
        input.lang,
        `Someone asked to reset the password of the LaMPSS user ID ${input.loginId} of ${input.organisationName} ` +
          `(organisation ID: ${input.organisationCode}). To choose a new password, open this link within ` +
          `${input.minutes} minutes; it works once:`,
        `Quelqu'un a demandé de réinitialiser le mot de passe du code d'utilisateur ${input.loginId} du LaMPSS pour ` +
          `${input.organisationName} (identifiant de l'organisme : ${input.organisationCode}). Pour choisir un ` +
          `nouveau mot de passe, ouvrez ce lien d'ici ${input.minutes} minutes; il ne fonctionne qu'une fois :`,
      ),
      input.link,
      '',
      pick(
        input.lang,
        'If it was not you, ignore this email: your password stays as it is.',
        "Si ce n'était pas vous, ne tenez pas compte de ce courriel : votre mot de passe reste le même.",
      ),
    ].join('\n'),
  };
}

/** The outbox key of an invitation's email: it goes out once per invitation, however often it is sent. */
export const invitationEmailKey = (invitationId: number) => `invitation-${invitationId}`;
