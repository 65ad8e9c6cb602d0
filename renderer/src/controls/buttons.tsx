import type { ReactNode } from 'react'

interface IconButtonProps {
  label: string
  title?: string
  className?: string
  disabled?: boolean
  testId?: string
  onClick(): void
  children: ReactNode
}

/** A square button with an icon and no text: the label goes to assistive technology and the tooltip. */
export function IconButton({ label, title, className = '', disabled, testId, onClick, children }: IconButtonProps) {
  return (
    <button type="button" className={`icon-button ${className}`.trim()} aria-label={label} title={title ?? label} disabled={disabled} data-testid={testId} onClick={onClick}>
      {children}
    </button>
  )
}

const icon = (d: string) => (
  <svg viewBox="0 0 16 16" aria-hidden="true">
    <path d={d} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
)

/** The ✕ of dialogs, toasts and the search box. */
export function CloseButton({ label = 'Close', title, className, testId, onClick }: { label?: string; title?: string; className?: string; testId?: string; onClick(): void }) {
  return (
    <IconButton label={label} title={title} className={className} testId={testId} onClick={onClick}>
      {icon('M4.5 4.5l7 7m0-7-7 7')}
    </IconButton>
  )
}

/** The chevron that folds an open card. */
export function CollapseButton({ onClick }: { onClick(): void }) {
  return (
    <IconButton label="Collapse" onClick={onClick}>
      {icon('M4 10l4-4 4 4')}
    </IconButton>
  )
}

/** Chevrons for previous / next. */
export const CHEVRON_UP = icon('M4 10l4-4 4 4')
export const CHEVRON_DOWN = icon('M4 6l4 4 4-4')
