import type { VotingBody } from '../../api';
import { useI18n } from '../LanguageContext';
import { YearRange } from '../YearRange';
import { bodyYears } from './hrc-api';
import { SelectField } from './SelectField';

export interface CouncilPeriodChange {
  body?: VotingBody | null;
  from?: number | null;
  to?: number | null;
}

/**
 * The body and year filters of the figures that default to the Council: no body chosen means the
 * HRC, so the year picker offers the HRC's years until the CHR or the General Assembly is chosen.
 */
export function CouncilPeriodFields({
  body,
  from,
  to,
  onChange,
}: {
  body: VotingBody | null;
  from: number | null;
  to: number | null;
  onChange(change: CouncilPeriodChange): void;
}) {
  const { t } = useI18n();
  return (
    <>
      <SelectField
        label={t.hrc.bodyLabel}
        value={body}
        anyLabel={t.hrc.bodies.HRC}
        options={(['CHR', 'UNGA'] as const).map((b) => ({ value: b, label: t.hrc.bodies[b] }))}
        onChange={(b) => onChange({ body: b })}
      />
      <YearRange
        years={bodyYears(body ?? 'HRC')}
        from={from}
        to={to}
        onChange={(f, tt) => onChange({ from: f, to: tt })}
      />
    </>
  );
}
