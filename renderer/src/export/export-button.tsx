import { IconButton } from '../controls/buttons'

/**
 * The notebook pane's way into the export (beside the tag manager): an icon, so
 * the pane's header stays one quiet line at 1024 px; File › Export Notes… and
 * Ctrl/Cmd+E say the same in words.
 */
export function ExportButton({ onClick }: { onClick(): void }) {
  return (
    <IconButton label="Export notes…" title="Export notes… (Ctrl+E)" testId="export-notes" onClick={onClick}>
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <path d="M8 10V2.5M5 5.5l3-3 3 3M3 9.5v3.5h10V9.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </IconButton>
  )
}
