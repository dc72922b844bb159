import { useI18n } from '../components/LanguageContext';
import { usePageTitle } from '../components/usePageTitle';

export function AboutPage() {
  const { t } = useI18n();
  usePageTitle(t.aboutTitle);
  return (
    <article className="page prose">
      <h1>{t.aboutTitle}</h1>
      <p className="lead">{t.aboutWhat}</p>

      <section className="section" id="cite">
        <h2>{t.aboutCiteTitle}</h2>
        <p>{t.aboutCiteText}</p>
        <p className="cite-example">{t.aboutCiteExample}</p>
      </section>

      <section className="section" id="counting">
        <h2>{t.aboutCountTitle}</h2>
        <p>{t.aboutCountText}</p>
      </section>

      <section className="section" id="sample">
        <h2>{t.aboutSampleTitle}</h2>
        <p>{t.aboutSampleText}</p>
      </section>

      <section className="section" id="api">
        <h2>{t.aboutApiTitle}</h2>
        <p>
          {t.aboutApiText} <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>
          {t.fullStop}
        </p>
      </section>
    </article>
  );
}
