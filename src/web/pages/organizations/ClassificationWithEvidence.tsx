import { useI18n } from '../../components/LanguageContext';
import { label } from '../../i18n';
import { orgText } from '../../i18n-organizations';
import { SourceLink } from './SourceLink';

/** What a label needs beside it: the evidence it rests on, in brief or in full. */
export interface LabelEvidence {
  id?: number;
  indicator?: string;
  source?: string;
  sourceDate?: string;
}

/**
 * A classification label, always with its evidence (issue 14: "the evidence shows wherever the
 * label appears"). Every page that shows a label shows it through this component. A label other
 * than unknown with no evidence is not shown at all: the store refuses such a state, and should
 * one ever reach the page, saying nothing is better than a label without its grounds.
 */
export function ClassificationWithEvidence({
  classification,
  evidence,
}: {
  classification: string;
  evidence: readonly LabelEvidence[];
}) {
  const { lang, fmt } = useI18n();
  const w = orgText(lang);
  if (classification !== 'unknown' && evidence.length === 0) return null;
  return (
    <div className="gongo-label" data-testid="classification" data-classification={classification}>
      <span className={`classification-label classification-${classification}`}>
        {label(w.classifications, classification)}
      </span>
      {evidence.length > 0 && (
        <>
          <span className="muted"> · {w.restsOn(fmt.number(evidence.length))}</span>
          <ul className="label-evidence" data-testid="classification-evidence">
            {evidence.map((e, i) => (
              <li key={e.id ?? i} data-testid="label-evidence-item">
                {label(w.indicators, e.indicator ?? '')}
                {e.source && (
                  <>
                    {' — '}
                    <SourceLink source={e.source} />
                  </>
                )}
                {e.sourceDate && <span className="muted"> ({e.sourceDate})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
