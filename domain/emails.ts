// Email texts. Emails about cases carry the opaque case number and links, never a client's personal
// information (spec README resolution 8): the recipient signs in to see who the client is.

export interface EmailContent {
  subject: string;
  text: string;
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
    ? ['', '—', from.name, from.email ? `Courriel : ${from.email}` : null, 'Ce message est envoyé d’une adresse sans réponse. Ne répondez pas à ce courriel.']
    : ['', '—', from.name, from.email ? `Email: ${from.email}` : null, 'This message comes from a no-reply address. Do not reply to it.'];

/** N-1: the referral email: subject and body as the case manager sent them, signed by their organisation. */
export function referralEmail(r: { subject: string; body: string; language: 'EN' | 'FR' }, from: SenderOrganisation): EmailContent {
  return { subject: r.subject, text: [r.body, ...signature(from, r.language)].filter((l) => l !== null).join('\n') };
}

/** A case transfer still waiting for the receiving organisation: a reminder with the case number only. */
export function transferReminderEmail(r: { caseId: number; submittedOn: string; toOrganisationName: string; language: 'EN' | 'FR' }, from: SenderOrganisation): EmailContent {
  const text =
    r.language === 'FR'
      ? [`Rappel : ${from.name} a proposé le transfert du dossier ${r.caseId} à ${r.toOrganisationName} le ${r.submittedOn}.`, `Le transfert n'est pas encore terminé. Ouvrez une session dans Pathway et ouvrez le dossier ${r.caseId} pour le terminer.`]
      : [`Reminder: ${from.name} referred case ${r.caseId} to ${r.toOrganisationName} for transfer on ${r.submittedOn}.`, `The transfer is not complete yet. Sign in to Pathway and open case ${r.caseId} to complete it.`];
  return { subject: r.language === 'FR' ? `Rappel : transfert du dossier ${r.caseId} en attente` : `Reminder: transfer of case ${r.caseId} is waiting`, text: [...text, ...signature(from, r.language)].filter((l) => l !== null).join('\n') };
}

/** N-3: the former case manager learns that the case left their organisation (case number and organisation only). */
export function transferCompletedEmail(input: { caseId: number; caseManagerName: string; toOrganisationName: string; date: string }): EmailContent {
  return {
    subject: `Pathway: case ${input.caseId} was transferred to ${input.toOrganisationName}`,
    text: [
      `Hello ${input.caseManagerName},`,
      '',
      `Case ${input.caseId} was transferred to ${input.toOrganisationName} on ${input.date}. It is no longer in your caseload.`,
      '',
      'This message holds no client information.',
    ].join('\n'),
  };
}
