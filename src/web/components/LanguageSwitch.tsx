import { LANGS, type Lang } from '../i18n';
import { useI18n } from './LanguageContext';

// each language is named in itself, so a reader who cannot read the current one still finds theirs
const NATIVE_NAMES: Record<Lang, string> = { en: 'English', zh: '中文' };

export function LanguageSwitch() {
  const { lang, t, setLang } = useI18n();
  return (
    <div
      className="lang-switch"
      role="group"
      aria-label={t.languageLabel}
      data-testid="lang-switch"
    >
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l === 'zh' ? 'zh-Hans' : 'en'}
          aria-pressed={l === lang}
          data-testid={`lang-${l}`}
          onClick={() => setLang(l)}
        >
          {NATIVE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}
