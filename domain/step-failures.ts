// A stuck step's last error in plain words for operators, in both languages. The error itself is what the library or
// the outside system said (English, sometimes its JSON body): useful to engineering, unreadable on a French page, so
// the page shows this description and keeps the error behind a disclosure.
import type { Label } from './case-model.ts';
import { stepGroup } from './stuck-steps.ts';

/** The system a step talks to, as the subject of a sentence and inside one. */
interface System {
  subject: Label;
  object: Label;
}

const system = (en: string, fr: string): System => ({
  subject: { en: en[0].toUpperCase() + en.slice(1), fr: fr[0].toUpperCase() + fr.slice(1) },
  object: { en, fr },
});
const MAIL_SERVER = system('the mail server', 'le serveur de courriel');
const FUNDING_SYSTEM = system('the funding system (ENS)', 'le système de financement (ENS)');
const DATABASE = system("Pathway's database", 'la base de données de Pathway');
const OTHER = system('the system this step calls', 'le système que cette étape appelle');

function systemOf(kind: string): System {
  const group = stepGroup(kind);
  if (group === 'EMAIL') return MAIL_SERVER;
  if (group === 'RECORDING') return DATABASE;
  if (group.startsWith('FUNDING_')) return FUNDING_SYSTEM;
  return OTHER;
}

/** What a status code an outside system answered means, in words. */
function statusWords(status: number): Label {
  if (status === 429) return { en: 'too many requests', fr: 'trop de demandes' };
  if (status === 503) return { en: 'unavailable', fr: 'indisponible' };
  if (status === 504 || status === 408) return { en: 'timed out', fr: 'délai dépassé' };
  if (status >= 500) return { en: 'internal error', fr: 'erreur interne' };
  if (status === 404) return { en: 'not found', fr: 'introuvable' };
  if (status === 409) return { en: 'conflict', fr: 'conflit' };
  if (status === 401 || status === 403) return { en: 'access refused', fr: 'accès refusé' };
  return { en: 'request refused', fr: 'demande refusée' };
}

/** The last error of a step, described for an operator; null when there is none. */
export function describeFailure(step: { kind: string; lastError?: string | null }): Label | null {
  const error = step.lastError;
  if (!error) return null;
  const sys = systemOf(step.kind);
  if (/FUNDING_API_URL is not set/.test(error))
    return {
      en: "Pathway is not configured with the funding system's address: engineering must set it, then retry.",
      fr:
        "L'adresse du système de financement n'est pas configurée dans Pathway : l'équipe technique doit " +
        "l'indiquer, puis relancez.",
    };
  if (/did not answer within|timed? ?out|ETIMEDOUT|Greeting never received/i.test(error))
    return {
      en:
        `${sys.subject.en} did not answer in time. It may be overloaded or down; a retry usually goes through once ` +
        'it is back.',
      fr:
        `${sys.subject.fr} n'a pas répondu à temps. Il est peut-être surchargé ou arrêté; une nouvelle tentative ` +
        'aboutit d’ordinaire une fois le service rétabli.',
    };
  if (/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ECONNRESET|could not be reached|connect /i.test(error))
    return {
      en:
        `Pathway could not reach ${sys.object.en}: it is down or unreachable. Nothing was lost; retry once it is ` +
        'back.',
      fr:
        `Pathway n'a pas pu joindre ${sys.object.fr} : le service est arrêté ou injoignable. Rien n'a été perdu; ` +
        'relancez une fois le service rétabli.',
    };
  if (/recipients were rejected|Recipient address rejected|Bad recipient/i.test(error))
    return {
      en: "The mail server refused the recipient's email address. Correct the address, then retry.",
      fr: "Le serveur de courriel a refusé l'adresse du destinataire. Corrigez l'adresse, puis relancez.",
    };
  const answered = /answered (\d{3})|refused .*\((\d{3})\)/.exec(error);
  if (answered) {
    const status = Number(answered[1] ?? answered[2]);
    const words = statusWords(status);
    return status >= 500 || status === 429
      ? {
          en:
            `${sys.subject.en} reported a problem on its side (error ${status}, ${words.en}). Pathway retries by ` +
            'itself; nothing was lost.',
          fr:
            `${sys.subject.fr} a signalé un problème de son côté (erreur ${status}, ${words.fr}). Pathway relance ` +
            "de lui-même; rien n'a été perdu.",
        }
      : {
          en:
            `${sys.subject.en} refused the request (error ${status}, ${words.en}). A retry fails the same way ` +
            'until its cause is corrected; give the details to engineering.',
          fr:
            `${sys.subject.fr} a refusé la demande (erreur ${status}, ${words.fr}). Une nouvelle tentative ` +
            "échouera de même tant que la cause n'est pas corrigée; transmettez les détails à l'équipe technique.",
        };
  }
  return {
    en: `${sys.subject.en} reported an error. Retry; if it fails again, give the details to engineering.`,
    fr:
      `${sys.subject.fr} a signalé une erreur. Relancez; si elle se reproduit, transmettez les détails à ` +
      "l'équipe technique.",
  };
}
