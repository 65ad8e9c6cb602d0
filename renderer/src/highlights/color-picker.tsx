import { onRovingKeyDown } from '../controls/roving'
import { COLOR_LABELS, HIGHLIGHT_COLORS, swatch, type HighlightColor } from './highlight-colors'

interface ColorPickerProps<AllowNone extends boolean> {
  value: AllowNone extends true ? HighlightColor | null : HighlightColor
  onChange(color: AllowNone extends true ? HighlightColor | null : HighlightColor): void
  label: string
  /** Offers "no colour" first (tags may have none). */
  allowNone?: AllowNone
}

/** The palette as a radio group: arrows move, like any radio group. */
export function ColorPicker<AllowNone extends boolean = false>({ value, onChange, label, allowNone }: ColorPickerProps<AllowNone>) {
  const choices: (HighlightColor | null)[] = allowNone ? [null, ...HIGHLIGHT_COLORS] : [...HIGHLIGHT_COLORS]
  const pick = (color: HighlightColor | null) => (onChange as (c: HighlightColor | null) => void)(color)
  return (
    <div className="color-picker" role="radiogroup" aria-label={label} onKeyDown={(event) => onRovingKeyDown(event, (i) => pick(choices[i]!))}>
      {choices.map((color) => (
        <button
          key={color ?? 'none'}
          type="button"
          role="radio"
          aria-checked={color === value}
          aria-label={color ? COLOR_LABELS[color] : 'No colour'}
          title={color ? COLOR_LABELS[color] : 'No colour'}
          tabIndex={color === value ? 0 : -1}
          data-roving=""
          className={`color-picker__swatch${color ? '' : ' color-picker__swatch--none'}`}
          style={color ? { background: swatch(color) } : undefined}
          data-color={color ?? 'none'}
          onClick={() => pick(color)}
        />
      ))}
    </div>
  )
}
