import { useId, useState, type KeyboardEvent, type Ref } from 'react'
import type { TagView } from '../../../preload/contract'
import { TagChip } from './tag-chip'
import { TagLabel } from './tag-label'
import { normalizeTagName } from '../../../main/core/notebook/tags/tag-names'
import { tagIdentity, tagSuggestions } from './tag-suggestions'

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
 * ↑/↓ pick a suggestion, Tab completes the first. Backspace in the empty field
 * marks the last chip, a second Backspace removes it.
 */
export function TagInput({ value, onChange, tags, onSubmit, label, placeholder = 'Add tags…', inputRef, autoFocus, testId }: TagInputProps) {
  const [text, setText] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  // The chip the first Backspace marked: the next Backspace removes it.
  const [marked, setMarked] = useState(false)
  const listId = useId()

  const typed = normalizeTagName(text)
  const suggestions = tagSuggestions(tags, typed, value)
  const exact = suggestions.some((tag) => tagIdentity(tag.name) === tagIdentity(typed))
  const options: Option[] = [...(typed && !exact ? [{ kind: 'new', name: typed } as const] : []), ...suggestions.map((tag) => ({ kind: 'tag', tag }) as const)]
  const showList = open && options.length > 0
  const known = new Set(tags.map((tag) => tagIdentity(tag.name)))
  const lastMarked = marked && text === '' && value.length > 0

  const add = (name: string) => {
    const clean = normalizeTagName(name)
    if (clean && !value.some((v) => tagIdentity(v) === tagIdentity(clean))) onChange([...value, clean])
    setText('')
    setActive(0)
    setOpen(false)
  }
  const choose = (option: Option) => add(option.kind === 'new' ? option.name : option.tag.name)

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return
    if (event.key !== 'Backspace') setMarked(false)
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
      event.preventDefault()
      if (lastMarked) {
        onChange(value.slice(0, -1))
        setMarked(false)
      } else setMarked(true)
    } else if (event.key === 'Escape' && showList) {
      event.preventDefault()
      event.stopPropagation()
      setOpen(false)
    }
  }

  return (
    <div className="tag-input" data-testid={testId}>
      <div className="tag-input__field">
        {value.map((name, index) => (
          <TagChip
            key={name}
            name={name}
            isNew={!known.has(tagIdentity(name))}
            marked={lastMarked && index === value.length - 1}
            onRemove={() => onChange(value.filter((v) => v !== name))}
          />
        ))}
        <input
          ref={inputRef}
          type="text"
          role="combobox"
          aria-label={label}
          aria-expanded={showList}
          aria-controls={showList ? listId : undefined}
          aria-describedby={lastMarked ? `${listId}-marked` : undefined}
          aria-autocomplete="list"
          aria-activedescendant={showList ? `${listId}-${active}` : undefined}
          placeholder={value.length ? '' : placeholder}
          spellCheck={false}
          autoComplete="off"
          autoFocus={autoFocus}
          value={text}
          onChange={(event) => {
            setMarked(false)
            setText(event.target.value)
            setActive(0)
            setOpen(true)
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false)
            setMarked(false)
          }}
        />
        {lastMarked && (
          <span className="visually-hidden" id={`${listId}-marked`}>
            Backspace again removes {value[value.length - 1]}
          </span>
        )}
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
