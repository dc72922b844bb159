import { useId } from 'react';

interface SelectFieldProps<T extends string> {
  label: string;
  value: string | null;
  /** the first option, standing for "no filter" */
  anyLabel?: string;
  options: readonly { value: T; label: string }[];
  onChange(value: T | null): void;
  testId?: string;
}

/** A labelled select; the empty choice means no filter. */
export function SelectField<T extends string>({
  label,
  value,
  anyLabel,
  options,
  onChange,
  testId,
}: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        data-testid={testId}
        value={value ?? ''}
        // the options are all of type T, so the chosen value is one of them
        onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as T))}
      >
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
