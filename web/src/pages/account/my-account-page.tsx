// My Account (/account; seed 001, lines 283-285, "Mon compte" and "Modifier le mot de passe du compte"): who the user
// is signed in as, for which organisation and with which security profiles, and the way to change their password.
// Their contact details are kept by their organisation's administrator, so this page only shows them.
import { PROFILE_CATALOGUE, type Profile } from '../../../../domain/permissions.ts';
import { Link } from '../../app/router.tsx';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Card, Facts, PageHeader } from '../../ui/layout.tsx';

const WORDS = defineWords({
  en: {
    title: 'My account',
    name: 'Name',
    userId: 'User ID',
    organisation: 'Organisation',
    email: 'Email',
    profiles: 'Security profiles',
    kept: 'Your organisation’s administrator keeps these details and your profiles up to date.',
    changePassword: 'Change my password',
  },
  fr: {
    title: 'Mon compte',
    name: 'Nom',
    userId: "Identifiant d'utilisateur",
    organisation: 'Organisme',
    email: 'Courriel',
    profiles: 'Profils de sécurité',
    kept: 'L’administrateur de votre organisme tient ces renseignements et vos profils à jour.',
    changePassword: 'Modifier mon mot de passe',
  },
});

export function MyAccountPage() {
  const w = useWords(WORDS);
  const { label } = useI18n();
  const user = useUser();
  const profiles = user.profiles.map((p) => {
    const known = PROFILE_CATALOGUE[p as Profile];
    return known ? label(known) : p;
  });
  return (
    <div className="narrow">
      <PageHeader title={w('title')} />
      <Card className="account-card" actions={<Link to="/account/password">{w('changePassword')}</Link>}>
        <Facts
          items={[
            [w('name'), user.name],
            [w('userId'), user.loginId],
            [w('organisation'), user.organisationName],
            [w('email'), user.email],
            [w('profiles'), profiles.length ? <span key="p">{profiles.join(', ')}</span> : '—'],
          ]}
        />
        <p className="muted">{w('kept')}</p>
      </Card>
    </div>
  );
}
