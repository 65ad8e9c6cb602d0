import type { HighlightColor } from '../../../preload/contract'
import { swatch } from '../highlights/highlight-colors'
import { TagLabel } from './tag-label'

interface TagChipProps {
  name: string
  color?: HighlightColor | null
  /** Marks a name that will create a new tag when saved. */
  isNew?: boolean
  /** Marked for removal (a first Backspace in the tag field). */
  marked?: boolean
  onRemove?(): void
}

export function TagChip({ name, color, isNew, marked, onRemove }: TagChipProps) {
  return (
    <span className={`tag-chip${isNew ? ' tag-chip--new' : ''}${marked ? ' is-marked' : ''}`} data-testid="tag-chip" title={isNew ? `${name} (new tag)` : name}>
      {color && <span className="tag-chip__dot" style={{ background: swatch(color) }} aria-hidden="true" />}
      <span className="tag-chip__name">
        <TagLabel name={name} />
      </span>
      {onRemove && (
        <button type="button" className="tag-chip__remove" aria-label={`Remove tag ${name}`} onClick={onRemove}>
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M5 5l6 6m0-6-6 6" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
          </svg>
        </button>
      )}
    </span>
  )
}
