import { useState, type FormEvent, type KeyboardEvent } from 'react'

interface LinkFormProps {
  initial: string
  onApply(href: string): void
  onRemove(): void
  onClose(): void
}

/** The toolbar's link field (Electron has no window.prompt). An empty address removes the link. */
export function LinkForm({ initial, onApply, onRemove, onClose }: LinkFormProps) {
  const [href, setHref] = useState(initial)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const value = href.trim()
    if (value) onApply(/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`)
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
    <form className="link-form" onSubmit={submit} onKeyDown={onKeyDown}>
      <input
        className="text-input text-input--small"
        type="url"
        aria-label="Link address"
        placeholder="https://…"
        value={href}
        autoFocus
        onChange={(event) => setHref(event.target.value)}
      />
      <button type="submit" className="button button--small">
        Apply
      </button>
      {initial && (
        <button type="button" className="button button--small" onClick={onRemove}>
          Remove
        </button>
      )}
    </form>
  )
}
