/** The right pane: highlights and notes arrive with the next feature. */
export function NotebookPane() {
  return (
    <aside className="pane pane--notebook" data-testid="notebook" aria-label="Notebook">
      <header className="pane__header">
        <h2 className="pane__title">Notebook</h2>
      </header>
      <div className="pane__body notebook__empty">
        <svg viewBox="0 0 24 24" aria-hidden="true" className="notebook__icon">
          <path d="M6 3h10l3 3v15H6z" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
          <path d="M9 9h7M9 12.5h7M9 16h4" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" />
        </svg>
        <p>Highlights and notes will appear here. Select a passage in the reader to start.</p>
      </div>
    </aside>
  )
}
