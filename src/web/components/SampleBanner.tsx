import { useI18n } from './LanguageContext';

/** Says plainly on every page that the figures are made up, so nobody cites the sample dataset. */
export function SampleBanner() {
  const { t } = useI18n();
  return (
    <div className="sample-banner" role="note" data-testid="sample-banner">
      {t.sampleBanner}
    </div>
  );
}
