import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { MESSAGES, formatters, isLang, type Formatters, type Lang, type Messages } from '../i18n';
import { navigate } from './router';

const STORAGE_KEY = 'groundpass.lang';

export interface I18n {
  lang: Lang;
  t: Messages;
  fmt: Formatters;
  setLang(lang: Lang): void;
}

const I18nContext = createContext<I18n | null>(null);

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // storage can be disabled (privacy settings); the language then lasts for the visit
    return null;
  }
}

function store(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* see readStored */
  }
}

/** ?lang= in the address wins (a shared link keeps its language), then the saved choice, then the browser's. */
function initialLang(): Lang {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLang(fromUrl)) {
    store(fromUrl);
    return fromUrl;
  }
  const stored = readStored();
  if (isLang(stored)) return stored;
  return window.navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    store(next);
    // an address that names a language must name the one now shown, or a reload would undo the switch
    const url = new URL(window.location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.set('lang', next);
      navigate(url.pathname + url.search, { replace: true });
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  }, [lang]);

  const value = useMemo<I18n>(
    () => ({ lang, t: MESSAGES[lang], fmt: formatters(lang), setLang }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside LanguageProvider');
  return value;
}
