import { useId } from 'react';
import { useI18n } from './LanguageContext';

interface YearRangeProps {
  /** the years there is data for, ascending */
  years: readonly number[];
  from: number | null;
  to: number | null;
  onChange(from: number | null, to: number | null): void;
}

/** Two year pickers; choosing a start after the end (or the reverse) moves the other along. */
export function YearRange({ years, from, to, onChange }: YearRangeProps) {
  const { t } = useI18n();
  const id = useId();
  const parse = (value: string) => (value === '' ? null : Number(value));
  return (
    <div className="year-range" data-testid="year-range">
      <label htmlFor={`${id}-from`}>{t.yearFrom}</label>
      <select
        id={`${id}-from`}
        data-testid="year-from"
        value={from ?? ''}
        onChange={(e) => {
          const next = parse(e.target.value);
          onChange(next, next !== null && to !== null && to < next ? next : to);
        }}
      >
        <option value="">{t.yearAny}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-to`}>{t.yearTo}</label>
      <select
        id={`${id}-to`}
        data-testid="year-to"
        value={to ?? ''}
        onChange={(e) => {
          const next = parse(e.target.value);
          onChange(next !== null && from !== null && from > next ? next : from, next);
        }}
      >
        <option value="">{t.yearAny}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
