import { useState, type FormEvent, type KeyboardEvent } from 'react'
import { completeLink } from './open-link'

interface LinkFormProps {
  initial: string
  onApply(href: string): void
  onRemove(): void
  onOpen(href: string): void
  onClose(): void
}

/**
 * The toolbar's link field (Electron has no window.prompt). A bare address gets
 * https:// ("zeit.de/artikel" is fine); an empty one removes the link.
 */
export function LinkForm({ initial, onApply, onRemove, onOpen, onClose }: LinkFormProps) {
  const [href, setHref] = useState(initial)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const value = completeLink(href)
    if (value) onApply(value)
    else onRemove()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      onClose()
    }
  }
  return (
    <form className="link-form" noValidate onSubmit={submit} onKeyDown={onKeyDown}>
      <input
        className="text-input text-input--small"
        type="text"
        inputMode="url"
        aria-label="Link address"
        placeholder="zeit.de/… or https://…"
        spellCheck={false}
        autoComplete="off"
        value={href}
        autoFocus
        onChange={(event) => setHref(event.target.value)}
      />
      <button type="submit" className="button button--small">
        Apply
      </button>
      {initial && (
        <>
          <button type="button" className="button button--small" title="Open in the browser (or Ctrl+click the link)" onClick={() => onOpen(initial)}>
            Open
          </button>
          <button type="button" className="button button--small button--quiet" onClick={onRemove}>
            Remove
          </button>
        </>
      )}
    </form>
  )
}
