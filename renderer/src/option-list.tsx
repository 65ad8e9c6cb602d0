import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react'

interface OptionListProps {
  id: string
  label: string
  count: number
  /** The keyboard selection (-1 for none). */
  selected: number
  /** Which option is open in the reader (-1 for none). */
  current: number
  onSelect(index: number): void
  onOpen(index: number): void
  optionTestId: string
  optionKey(index: number): string
  renderOption(index: number): ReactNode
}

export function optionId(listId: string, index: number): string {
  return `${listId}-option-${index}`
}

/** A listbox whose options are selected with ↑/↓ and opened with Enter or a click. */
export function OptionList({ id, label, count, selected, current, onSelect, onOpen, optionTestId, optionKey, renderOption }: OptionListProps) {
  const listRef = useRef<HTMLDivElement>(null)

  // Keep the keyboard selection visible while moving through a long list.
  useEffect(() => {
    if (selected < 0) return
    listRef.current?.querySelector(`#${CSS.escape(optionId(id, selected))}`)?.scrollIntoView({ block: 'nearest' })
  }, [id, selected])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const next = Math.min(count - 1, Math.max(0, selected + (event.key === 'ArrowDown' ? 1 : -1)))
      onSelect(next)
    } else if (event.key === 'Enter' && selected >= 0) {
      event.preventDefault()
      onOpen(selected)
    }
  }

  return (
    <div
      ref={listRef}
      id={id}
      className="option-list"
      role="listbox"
      aria-label={label}
      tabIndex={count > 0 ? 0 : -1}
      aria-activedescendant={selected >= 0 && selected < count ? optionId(id, selected) : undefined}
      onKeyDown={onKeyDown}
    >
      {Array.from({ length: count }, (_, index) => (
        <div
          key={optionKey(index)}
          id={optionId(id, index)}
          data-testid={optionTestId}
          className={`option${index === selected ? ' is-selected' : ''}${index === current ? ' is-current' : ''}`}
          role="option"
          aria-selected={index === selected}
          aria-current={index === current ? 'true' : undefined}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            onSelect(index)
            onOpen(index)
          }}
        >
          {renderOption(index)}
        </div>
      ))}
    </div>
  )
}
