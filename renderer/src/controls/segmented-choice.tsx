import { onRovingKeyDown } from './roving'

interface SegmentedChoiceProps<T extends string | null> {
  label: string
  value: T
  options: readonly { value: T; label: string }[]
  onChange(value: T): void
  testId?: string
}

/** One of a few options as a segmented control, with the keys of a radio group: Tab reaches the chosen one, arrows move the choice. */
export function SegmentedChoice<T extends string | null>({ label, value, options, onChange, testId }: SegmentedChoiceProps<T>) {
  return (
    <div className="segmented" role="radiogroup" aria-label={label} data-testid={testId} onKeyDown={(event) => onRovingKeyDown(event, (i) => onChange(options[i]!.value))}>
      {options.map((option) => (
        <button
          key={option.value ?? '\0'}
          type="button"
          role="radio"
          aria-checked={option.value === value}
          tabIndex={option.value === value ? 0 : -1}
          className="segmented__item"
          data-roving=""
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  )
}
