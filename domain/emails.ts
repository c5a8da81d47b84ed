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
