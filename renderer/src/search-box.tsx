import type { KeyboardEvent, Ref } from 'react'
import { CloseButton } from './controls/buttons'

interface SearchBoxProps {
  ref: Ref<HTMLInputElement>
  value: string
  onChange(value: string): void
  /** Arrow keys move the selection in the list below; Enter opens it. */
  onMove(step: 1 | -1): void
  onOpen(): void
  onClear(): void
  /** The list the arrows move in; undefined while there is none (nothing found). */
  listId: string | undefined
  activeOptionId: string | undefined
  busy: boolean
  disabled?: boolean
}

export function SearchBox({ ref, value, onChange, onMove, onOpen, onClear, listId, activeOptionId, busy, disabled }: SearchBoxProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      onMove(event.key === 'ArrowDown' ? 1 : -1)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      onOpen()
    }
  }

  return (
    <div className="search-box" role="search">
      <svg className="search-box__icon" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M10.5 10.5 14 14" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
      <input
        ref={ref}
        data-testid="search-input"
        type="text"
        role="combobox"
        aria-label="Search the corpus"
        aria-controls={listId}
        aria-expanded={listId !== undefined}
        aria-autocomplete="list"
        aria-activedescendant={activeOptionId}
        aria-busy={busy || undefined}
        placeholder="Search (Ctrl+K)"
        spellCheck={false}
        autoComplete="off"
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {value && (
        <CloseButton className="search-box__clear icon-button--small" label="Clear search" title="Clear search (Esc)" onClick={onClear} />
      )}
    </div>
  )
}
