// Reference data the rules check codes against. In production these are configurable tables loaded from
// the service framework; these are the values the seeds show, enough to validate and to demonstrate.
import type { Label } from './case-model.ts';

export const EMPLOYABILITY_DIMENSIONS = {
  CAREER_DECISION_MAKING: { en: 'Career Decision-Making', fr: 'Prise de décisions de carrière' },
  SKILLS_ENHANCEMENT: { en: 'Skills Enhancement', fr: 'Amélioration des compétences' },
  JOB_SEARCH: { en: 'Job Search', fr: "Recherche d'emploi" },
  EMPLOYMENT_MAINTENANCE: { en: 'Employment Maintenance', fr: "Maintien de l'emploi" },
} as const satisfies Record<string, Label>;
export type EmployabilityDimension = keyof typeof EMPLOYABILITY_DIMENSIONS;

export const INTERVENTION_TYPES = {
  CDM_CAREER_EXPLORATION: {
    dimension: 'CAREER_DECISION_MAKING',
    en: 'Career Decision-Making - Career Exploration',
    fr: 'Prise de décisions de carrière - Exploration de carrière',
  },
  SE_ESSENTIAL_COMPUTER: {
    dimension: 'SKILLS_ENHANCEMENT',
    en: 'Skill Enhancement - Essential Skills - Computer Use',
    fr: 'Amélioration des compétences - Compétences essentielles - Informatique',
  },
  SE_JOB_SPECIFIC_TRAINING: {
    dimension: 'SKILLS_ENHANCEMENT',
    en: 'Skill Enhancement - Job Specific Formal Training',
    fr: 'Amélioration des compétences - Formation officielle propre à un emploi',
  },
  JS_WORKSHOPS: { dimension: 'JOB_SEARCH', en: 'Job Search - Workshops', fr: "Recherche d'emploi - Ateliers" },
  JS_JOB_DEVELOPMENT: {
    dimension: 'JOB_SEARCH',
    en: 'Job Search - Job Development',
    fr: "Recherche d'emploi - Développement d'emplois",
  },
  EM_JOB_COACHING: {
    dimension: 'EMPLOYMENT_MAINTENANCE',
    en: 'Employment Maintenance - Job Coaching',
    fr: "Maintien de l'emploi - Encadrement au travail",
  },
} as const satisfies Record<string, Label & { dimension: EmployabilityDimension }>;
export type InterventionTypeCode = keyof typeof INTERVENTION_TYPES;

export const FUNDING_TYPES = {
  EDMT: { en: 'EDMT (LMDA)', fr: 'EDMT' },
  WDA: { en: 'WDA', fr: 'EDMO (WDA)' },
  PROVINCIAL: { en: 'Provincial', fr: 'Provincial' },
} as const satisfies Record<string, Label>;

export const DELIVERY_MODELS = {
  EXTERNAL: { en: 'External', fr: 'Externe' },
  IN_HOUSE: { en: 'In-House', fr: 'À l’interne' },
  SELF_MANAGED: { en: 'Self-Managed', fr: 'Autogéré' },
} as const satisfies Record<string, Label>;

export const EMPLOYMENT_GOALS = {
  FULL_TIME_EMPLOYMENT: { en: 'Full Time Employment', fr: 'Emploi à temps plein' },
  MAXIMUM_CAPACITY_EMPLOYMENT: { en: 'Maximum Capacity Employment', fr: 'Emploi à capacité maximale' },
  SELF_EMPLOYMENT: { en: 'Self-Employment', fr: 'Travail autonome' },
} as const satisfies Record<string, Label>;

export const BARRIER_TYPES = {
  AGE: { en: 'Age', fr: 'Âge' },
  EDUCATION: { en: 'Education', fr: 'Scolarité' },
  ESSENTIAL_SKILLS: { en: 'Essential skills', fr: 'Compétences essentielles' },
  ESSENTIAL_READ_WRITE: { en: 'Essential-Read/Write', fr: 'Essentielles - Lecture/écriture' },
  MAT_SUPP_CHILD_CARE: { en: 'Mat Supp-Child Care', fr: 'Soutien mat. - Garde d’enfants' },
  MAT_SUPP_TRANSPORT: { en: 'Mat Supp-Transport', fr: 'Soutien mat. - Transport' },
} as const satisfies Record<string, Label>;

/** National Occupational Classification codes offered by the NOC lookup (R-ND-04, R-OUT-11). */
export const NOC_CODES: Record<string, string> = {
  '0013': 'Senior managers - financial, communications and other business services',
  '0621': 'Retail and wholesale trade managers',
  '1111': 'Financial auditors and accountants',
  '1221': 'Administrative officers',
  '1241': 'Administrative assistants',
  '1242': 'Legal administrative assistants',
  '1243': 'Medical administrative assistants',
  '1411': 'General office support workers',
  '1414': 'Receptionists',
  '1431': 'Accounting and related clerks',
  '1521': 'Shippers and receivers',
  '2171': 'Information systems analysts and consultants',
  '2282': 'User support technicians',
  '3012': 'Registered nurses and registered psychiatric nurses',
  '3411': 'Dental assistants',
  '3413': 'Nurse aides, orderlies and patient service associates',
  '4212': 'Social and community service workers',
  '4214': 'Early childhood educators and assistants',
  '6211': 'Retail sales supervisors',
  '6421': 'Retail salespersons',
  '6513': 'Food and beverage servers',
  '6611': 'Cashiers',
  '6711': 'Food counter attendants, kitchen helpers and related support occupations',
  '7237': 'Welders and related machine operators',
  '7271': 'Carpenters',
  '7511': 'Transport truck drivers',
  '7611': 'Construction trades helpers and labourers',
  '9617': 'Labourers in food, beverage and associated products processing',
};

/** The same occupations' titles in French (CNP, Classification nationale des professions). */
export const NOC_TITLES_FR: Record<keyof typeof NOC_CODES, string> = {
  '0013': 'Cadres supérieurs – services financiers, communications et autres services aux entreprises',
  '0621': 'Directeurs – commerce de détail et de gros',
  '1111': 'Vérificateurs et comptables',
  '1221': "Agents d'administration",
  '1241': 'Adjoints administratifs',
  '1242': 'Adjoints administratifs juridiques',
  '1243': 'Adjoints administratifs médicaux',
  '1411': 'Employés de soutien de bureau généraux',
  '1414': 'Réceptionnistes',
  '1431': 'Commis à la comptabilité et personnel assimilé',
  '1521': 'Expéditeurs et réceptionnaires',
  '2171': 'Analystes et consultants en informatique',
  '2282': 'Agents de soutien aux utilisateurs',
  '3012': 'Infirmiers autorisés et infirmiers psychiatriques autorisés',
  '3411': 'Assistants dentaires',
  '3413': 'Aides-infirmiers, préposés aux bénéficiaires et associés aux services aux patients',
  '4212': 'Travailleurs des services sociaux et communautaires',
  '4214': 'Éducateurs et aides-éducateurs de la petite enfance',
  '6211': 'Superviseurs des ventes – commerce de détail',
  '6421': 'Vendeurs – commerce de détail',
  '6513': "Serveurs d'aliments et de boissons",
  '6611': 'Caissiers',
  '6711': 'Serveurs au comptoir, aides de cuisine et personnel de soutien assimilé',
  '7237': 'Soudeurs et opérateurs de machines à souder et à braser',
  '7271': 'Charpentiers-menuisiers',
  '7511': 'Conducteurs de camions de transport',
  '7611': 'Aides de soutien des métiers et manœuvres en construction',
  '9617': 'Manœuvres dans la transformation des aliments, des boissons et des produits connexes',
};
