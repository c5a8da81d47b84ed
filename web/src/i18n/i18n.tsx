// The interface in English and French: the words (./en.ts, ./fr.ts), the codes' own labels from the domain, and
// dates and times written one way per language, always in Halifax time. The choice is kept across visits.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Label, Lang } from '../../../domain/case-model.ts';
import { en, type Words } from './en.ts';
import { fr } from './fr.ts';

export type { Lang };
export type WordKey = keyof Words;
export type Params = Record<string, string | number>;

const WORDS: Record<Lang, Words> = { en, fr };
const LOCALE: Record<Lang, string> = { en: 'en-CA', fr: 'fr-CA' };
const ZONE = 'America/Halifax';
const STORED = 'pathway.lang';

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** A word of the interface, with {name} placeholders filled in. */
  t(key: WordKey, params?: Params): string;
  /** A code's label as the domain gives it in both languages. */
  label(l: Label | null | undefined): string;
  /** A calendar date (YYYY-MM-DD) or an instant, as a date: "May 7, 2027" / "7 mai 2027". */
  date(value: string | null | undefined): string;
  /** An instant as date and time in Halifax: "May 7, 2027, 1:09 p.m." / "7 mai 2027, 13 h 09". */
  dateTime(value: string | null | undefined): string;
  /** A time of day (HH:MM) as each language writes it: "1:00 p.m." / "13 h 00". */
  time(value: string | null | undefined): string;
  number(n: number): string;
}

function fill(text: string, params?: Params): string {
  return params ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : text;
}

export function makeI18n(lang: Lang, setLang: (l: Lang) => void = () => {}): I18n {
  const dateFmt = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: ZONE });
  // A calendar date is a day, not an instant: formatted at noon UTC so no time zone moves it to another day.
  const dayFmt = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' });
  const timeFmt = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeStyle: 'short', timeZone: ZONE });
  const clockFmt = new Intl.DateTimeFormat(LOCALE[lang], { timeStyle: 'short', timeZone: 'UTC' });
  const numFmt = new Intl.NumberFormat(LOCALE[lang]);
  return {
    lang,
    setLang,
    t: (key, params) => fill(WORDS[lang][key] ?? WORDS.en[key] ?? key, params),
    label: (l) => (l ? (l[lang] ?? l.en) : ''),
    date: (v) => {
      if (!v) return '';
      if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return dayFmt.format(new Date(`${v}T12:00:00Z`));
      const d = new Date(v);
      return Number.isNaN(d.getTime()) ? v : dateFmt.format(d);
    },
    dateTime: (v) => {
      if (!v) return '';
      const d = new Date(v);
      return Number.isNaN(d.getTime()) ? v : timeFmt.format(d);
    },
    time: (v) => (v && /^\d{2}:\d{2}$/.test(v) ? clockFmt.format(new Date(`1970-01-01T${v}:00Z`)) : (v ?? '')),
    number: (n) => numFmt.format(n),
  };
}

const Ctx = createContext<I18n>(makeI18n('en'));

function initialLang(): Lang {
  const stored = localStorage.getItem(STORED);
  if (stored === 'en' || stored === 'fr') return stored;
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const value = useMemo(
    () =>
      makeI18n(lang, (l) => {
        localStorage.setItem(STORED, l);
        document.documentElement.lang = l;
        setLangState(l);
      }),
    [lang],
  );
  document.documentElement.lang = lang;
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export const useI18n = () => useContext(Ctx);
/** The current language, for the API's Accept-Language. */
export const currentLang = (): Lang => (document.documentElement.lang === 'fr' ? 'fr' : 'en');
