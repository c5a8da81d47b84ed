// A contact as the contacts list shows it (R-CON-16): who they are, how to reach them, and where their LaMPSS access
// stands; the contact page reuses the same pieces.
import type { ContactRow } from '../../../../app/access/queries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { Badge } from '../../ui/layout.tsx';
import { languageName, profileName } from './contact-labels.ts';
import { WORDS } from './contact-words.ts';

export type { ContactRow };

export function ContactBadges({ contact }: { contact: ContactRow }) {
  const w = useWords(WORDS);
  if (!contact.isPrimary && !contact.administrator) return null;
  return (
    <span className="badges">
      {contact.isPrimary && <Badge tone="info">{w('primary')}</Badge>}
      {contact.administrator && <Badge>{w('administrator')}</Badge>}
    </span>
  );
}

/** R-CON-16, R-SEC-16: profiles by their labels (pending ones marked), shown only to administrators. */
export function ContactProfiles({ contact }: { contact: ContactRow }) {
  const w = useWords(WORDS);
  const { label } = useI18n();
  if (!contact.profiles) return null;
  if (!contact.profiles.length) return <span className="muted">{w('profilesNone')}</span>;
  return (
    <ul className="plain-list profile-list">
      {contact.profiles.map((p) => (
        <li key={`${p.code}-${p.pending}`}>
          {p.pending ? w('pendingProfile', { name: label(profileName(p.code)) }) : label(profileName(p.code))}
        </li>
      ))}
    </ul>
  );
}

export function ContactDetails({ contact }: { contact: ContactRow }) {
  const w = useWords(WORDS);
  const { label } = useI18n();
  return (
    <ul className="plain-list">
      {contact.jobTitle && <li>{contact.jobTitle}</li>}
      {/* R-CON-17: the LaMPSS email first, the sign-in account's when it differs. */}
      {contact.emails.map((e) => (
        <li key={e} className="break">
          {e}
        </li>
      ))}
      {contact.phone && <li>{w('phoneIs', { phone: contact.phone })}</li>}
      {contact.mobilePhone && <li>{w('mobileIs', { phone: contact.mobilePhone })}</li>}
      <li>{w('languageIs', { language: label(languageName(contact.language)) })}</li>
    </ul>
  );
}

export function ContactStatus({ contact }: { contact: ContactRow }) {
  const w = useWords(WORDS);
  const { date } = useI18n();
  const inv = contact.invitation;
  return (
    <span className="badges">
      <Badge tone={contact.active ? 'success' : 'neutral'}>{contact.active ? w('active') : w('inactive')}</Badge>
      <Badge tone={contact.hasAccess ? 'info' : 'neutral'}>
        {contact.hasAccess ? w('hasAccess') : inv?.status === 'PENDING' ? w('invitedNoAccess') : w('noAccess')}
      </Badge>
      {inv && (
        <Badge tone={inv.status === 'PENDING' ? 'warning' : 'danger'}>
          {w(inv.status === 'PENDING' ? 'invitationExpires' : 'invitationExpired', { date: date(inv.expiresAt) })}
        </Badge>
      )}
      {/* R-INV-16: the email could not be handed to the mail server; the invitation itself stays pending. */}
      {inv?.emailStatus === 'FAILED' && <Badge tone="danger">{w('invitationEmailFailed')}</Badge>}
    </span>
  );
}
