// A referral as the API shows it: the row's fields, with the type's label in both languages.
import { REFERRAL_TYPE_LABELS, type ReferralType } from '../../domain/referrals.ts';

export const referralView = (r: {
  id: string;
  type: string;
  toOrganisationName: string;
  contactPerson: string;
  emailedTo: string;
  language: string;
  template: string;
  subject: string;
  body: string;
  submittedOn: string;
  status: string;
  emailedAt?: Date | null;
  transferOutcome: string;
}) => ({
  id: r.id,
  type: r.type,
  typeLabel: REFERRAL_TYPE_LABELS[r.type as ReferralType],
  toOrganisationName: r.toOrganisationName,
  contactPerson: r.contactPerson,
  emailedTo: r.emailedTo,
  language: r.language,
  template: r.template,
  subject: r.subject,
  body: r.body,
  submittedOn: r.submittedOn,
  status: r.status,
  emailedAt: r.emailedAt?.toISOString() ?? null,
  transferOutcome: r.transferOutcome,
});
