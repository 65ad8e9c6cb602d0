import { useId, useState, type KeyboardEvent, type Ref } from 'react'
import type { TagView } from '../../../preload/contract'
import { TagChip } from './tag-chip'
import { TagLabel } from './tag-label'
import { tagSuggestions } from './tag-suggestions'

interface TagInputProps {
  /** The chosen tag names. */
  value: readonly string[]
  onChange(names: string[]): void
  /** The notebook's tags, for completion. */
  tags: readonly TagView[]
  /** Enter in the empty field (e.g. "save the highlight"). */
  onSubmit?(): void
  label: string
  placeholder?: string
  inputRef?: Ref<HTMLInputElement>
  autoFocus?: boolean
  testId?: string
}

type Option = { kind: 'new'; name: string } | { kind: 'tag'; tag: TagView }

/**
 * Tag chips with a completing text field. Enter adds what is typed (an existing
 * tag of that name, else a new one — "Akteure/Russland" nests under "Akteure");
 * ↑/↓ pick a suggestion, Tab completes the first, Backspace removes the last chip.
 */
export function TagInput({ value, onChange, tags, onSubmit, label, placeholder = 'Add tags…', inputRef, autoFocus, testId }: TagInputProps) {
  const [text, setText] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const listId = useId()

  const typed = text.trim()
  const suggestions = tagSuggestions(tags, typed, value)
  const exact = suggestions.some((tag) => tag.name.toLocaleLowerCase('de') === typed.toLocaleLowerCase('de'))
  const options: Option[] = [...(typed && !exact ? [{ kind: 'new', name: typed } as const] : []), ...suggestions.map((tag) => ({ kind: 'tag', tag }) as const)]
  const showList = open && options.length > 0
  const known = new Set(tags.map((tag) => tag.name.toLocaleLowerCase('de')))

  const add = (name: string) => {
    const clean = name.trim()
    if (clean && !value.some((v) => v.toLocaleLowerCase('de') === clean.toLocaleLowerCase('de'))) onChange([...value, clean])
    setText('')
    setActive(0)
    setOpen(false)
  }
  const choose = (option: Option) => add(option.kind === 'new' ? option.name : option.tag.name)

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (!open) {
        setOpen(true)
        setActive(0)
        return
      }
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((i) => Math.min(options.length - 1, Math.max(0, i + step)))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      event.stopPropagation()
      const option = showList ? options[active] : undefined
      if (option) choose(option)
      else if (typed) add(typed)
      else onSubmit?.()
    } else if (event.key === 'Tab' && showList && typed) {
      const first = options.find((o) => o.kind === 'tag')
      if (first) {
        event.preventDefault()
        choose(first)
      }
    } else if (event.key === 'Backspace' && text === '' && value.length > 0) {
      onChange(value.slice(0, -1))
    } else if (event.key === 'Escape' && showList) {
      event.preventDefault()
      event.stopPropagation()
      setOpen(false)
    }
  }

  return (
    <div className="tag-input" data-testid={testId}>
      <div className="tag-input__field">
        {value.map((name) => (
          <TagChip key={name} name={name} isNew={!known.has(name.toLocaleLowerCase('de'))} onRemove={() => onChange(value.filter((v) => v !== name))} />
        ))}
        <input
          ref={inputRef}
          type="text"
          role="combobox"
          aria-label={label}
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList ? `${listId}-${active}` : undefined}
          placeholder={value.length ? '' : placeholder}
          spellCheck={false}
          autoComplete="off"
          autoFocus={autoFocus}
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            setActive(0)
            setOpen(true)
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
      </div>
      {showList && (
        <ul className="tag-input__list" id={listId} role="listbox" aria-label="Tags">
          {options.map((option, index) => (
            <li
              key={option.kind === 'new' ? '\0new' : option.tag.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={`tag-input__option${index === active ? ' is-active' : ''}`}
              // Keep focus in the field.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
              onMouseEnter={() => setActive(index)}
            >
              {option.kind === 'new' ? (
                <>
                  <span className="tag-input__create">New tag</span>
                  <span className="tag-input__name">
                    <TagLabel name={option.name} />
                  </span>
                </>
              ) : (
                <>
                  <span className="tag-input__name">
                    <TagLabel name={option.tag.name} />
                  </span>
                  <span className="tag-input__count">{option.tag.totalCount}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
