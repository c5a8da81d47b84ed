// A page's own words, kept beside the page in both languages: the French must name every English key (the type says
// so), and the page reads them in the user's language with {name} placeholders filled in.
import { useI18n, type Params } from './i18n.tsx';

export interface Words<K extends string> {
  en: Record<K, string>;
  fr: Record<K, string>;
}

export const defineWords = <K extends string>(words: Words<K>): Words<K> => words;

export function useWords<K extends string>(words: Words<K>): (key: K, params?: Params) => string {
  const { lang } = useI18n();
  return (key, params) => {
    const text = words[lang][key] ?? words.en[key];
    return params ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : text;
  };
}
