// Opening a case from the person's page: the form when nothing stands in the way; otherwise exactly what does
// (R-CASE-01: a SIN, sharing with the government; R-CASE-09: another open case), each with its fix in place.
import { STATUS_LABELS, type CaseStatus } from '../../../../domain/case-model.ts';
import type { Loaded } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Card, Loaded as Loading } from '../../ui/layout.tsx';
import { OpenCaseForm, type CaseManagers } from './open-case-form.tsx';
import type { Person } from './person.ts';

const WORDS = defineWords({
  en: {
    title: 'Open a case',
    blocked: 'A case cannot be opened for {name} yet:',
    needSin: 'No social insurance number: a case needs one.',
    addSin: 'Add the SIN',
    needSharing:
      'Not shared with the Nova Scotia Government: a case needs the person shared, with their written consent.',
    share: 'Share with government…',
    askUpdater: 'Someone whose profile may update people can do it.',
    openHere: 'Case {id} is open ({stage}): a person has one open case at a time.',
    goToCase: 'Go to case {id}',
    openElsewhere:
      'This person has an open case at {organisation} ({stage}). A case in Follow-up must first be closed there with ' +
      '“New case required”; a case at an earlier stage comes to you through a case transfer.',
    cancel: 'Close',
  },
  fr: {
    title: 'Créer un cas',
    blocked: 'Un cas ne peut pas encore être créé pour {name} :',
    needSin: "Aucun numéro d'assurance sociale : un cas l'exige.",
    addSin: 'Ajouter le NAS',
    needSharing:
      "Non communiqué au gouvernement de la Nouvelle-Écosse : un cas exige que l'individu soit communiqué, avec son " +
      'consentement écrit.',
    share: 'Communiquer au gouvernement…',
    askUpdater: 'Une personne dont le profil permet de mettre à jour les individus peut le faire.',
    openHere: 'Le cas {id} est ouvert ({stage}) : un individu a un seul cas ouvert à la fois.',
    goToCase: 'Aller au cas {id}',
    openElsewhere:
      'Cet individu a un cas ouvert chez {organisation} ({stage}). Un cas en suivi doit d’abord y être fermé avec ' +
      '« Nouveau cas requis »; un cas à une étape antérieure vous parvient par un transfert de cas.',
    cancel: 'Fermer',
  },
});

export function CaseOpeningCard(props: {
  person: Person;
  managers: Loaded<CaseManagers>;
  onAddSin(): void;
  onShare(): void;
  onCancel(): void;
}) {
  const w = useWords(WORDS);
  const { label } = useI18n();
  const { person } = props;
  const { needs, openCase } = person.caseOpening;
  const stage = (s: string) => label(STATUS_LABELS[s as CaseStatus]);
  const blocked = needs.length > 0 || !!openCase;
  return (
    <Card title={w('title')} className="case-opening">
      {blocked ? (
        <>
          <div className="notice notice-warning">
            <p>
              <strong>{w('blocked', { name: `${person.firstName} ${person.lastName}` })}</strong>
            </p>
            <ul className="blockers">
              {needs.includes('SIN') && <Need text={w('needSin')} fix={w('addSin')} onFix={props.onAddSin} />}
              {needs.includes('SHARING') && <Need text={w('needSharing')} fix={w('share')} onFix={props.onShare} />}
              {openCase?.here && (
                <li>
                  {w('openHere', { id: openCase.id, stage: stage(openCase.status) })}{' '}
                  <Link to={`/cases/${openCase.id}`}>{w('goToCase', { id: openCase.id })}</Link>
                </li>
              )}
              {openCase && !openCase.here && (
                <li>
                  {w('openElsewhere', { organisation: openCase.organisationName, stage: stage(openCase.status) })}
                </li>
              )}
            </ul>
          </div>
          <button type="button" className="secondary" onClick={props.onCancel}>
            {w('cancel')}
          </button>
        </>
      ) : (
        <Loading state={props.managers}>
          {(managers) => <OpenCaseForm person={person} managers={managers} onCancel={props.onCancel} />}
        </Loading>
      )}
    </Card>
  );
}

/** Something the person lacks for a case, with its fix for those who may update people. */
function Need(props: { text: string; fix: string; onFix(): void }) {
  const w = useWords(WORDS);
  const { can } = useSession();
  return (
    <li>
      <span>{props.text}</span>
      {can('individual.update') ? (
        <button type="button" className="secondary" onClick={props.onFix}>
          {props.fix}
        </button>
      ) : (
        <span className="muted">{w('askUpdater')}</span>
      )}
    </li>
  );
}
