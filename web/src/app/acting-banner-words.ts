// The "acting as" banner's words (R-SEC-18), in English and French.
import { defineWords } from '../i18n/words.ts';

export const WORDS = defineWords({
  en: {
    region: 'Operations Support session',
    actingAs: 'Signed in as {user} ({own}) acting as {organisation}',
    since: 'Operations Support session since {time}; reason: {reason}',
    recorded: 'Everything you do here is recorded for {organisation}.',
    stop: 'Stop acting as {organisation}',
    stopping: 'Stopping…',
  },
  fr: {
    region: 'Session du Soutien aux opérations',
    actingAs: 'Vous avez ouvert une session avec l’identifiant {user} ({own}) agissant comme {organisation}',
    since: 'Session du Soutien aux opérations depuis {time} ; raison : {reason}',
    recorded: 'Tout ce que vous faites ici est consigné pour {organisation}.',
    stop: 'Cesser d’agir comme {organisation}',
    stopping: 'Arrêt…',
  },
});
