import { useMemo, type MouseEvent } from 'react'
import { ProblemNotice } from '../controls/problem-notice'
import { SegmentedChoice } from '../controls/segmented-choice'
import { formatCount } from '../format'
import { describeCounts, hasContent } from './describe-counts'
import { parseCsv } from './parse-csv'
import { previewPart, renderExportMarkdown } from './render-markdown'
import type { ExportPreviewState } from './use-export-preview'

/** How the preview shows the export: as a reader would see it, or as the file's text. */
export type PreviewView = 'rendered' | 'source'

interface ExportPreviewProps {
  state: ExportPreviewState
  view: PreviewView
  onViewChange(view: PreviewView): void
  /** A link in the rendered preview was clicked (its href). */
  onLink(href: string): void
}

/** Enough to judge an export; rendering megabytes into the page would only make the dialog slow. */
const PREVIEW_CHARS = 200_000
const PREVIEW_ROWS = 300

/** The export as it will be saved: its counts, then the Markdown rendered or as text, or the CSV as a table or text. */
export function ExportPreview({ state, view, onViewChange, onLink }: ExportPreviewProps) {
  const { preview, request, error, loading } = state
  const format = request?.format ?? 'md'
  const content = preview?.content ?? ''
  const part = useMemo(() => previewPart(content, PREVIEW_CHARS), [content])
  const empty = preview && request ? !hasContent(preview.counts, request) : false

  const body = useMemo(() => {
    if (view === 'source') return null
    if (format === 'md') return { kind: 'md' as const, ...renderExportMarkdown(part.text) }
    const rows = parseCsv(part.text)
    return { kind: 'csv' as const, head: rows[0] ?? [], rows: rows.slice(1, PREVIEW_ROWS + 1), more: Math.max(0, rows.length - 1 - PREVIEW_ROWS) }
  }, [view, format, part.text])

  // Links must not navigate the page: an exzerpt:// link opens its passage in the reader.
  const interceptLinks = (event: MouseEvent<HTMLElement>) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null
    if (!link || !event.currentTarget.contains(link)) return
    event.preventDefault()
    if (event.type === 'click') onLink(link.getAttribute('href') ?? '')
  }

  return (
    <section className="export-preview" aria-label="Preview" aria-busy={loading}>
      <header className="export-preview__bar">
        <p className="export-preview__counts" role="status" data-testid="export-counts">
          {preview && request ? describeCounts(preview.counts, request) : error ? '' : 'Preparing the preview…'}
          {loading && preview && <span className="export-preview__busy"> · updating…</span>}
        </p>
        <SegmentedChoice
          label="Show the preview as"
          testId="export-view"
          value={view}
          options={[
            { value: 'rendered', label: format === 'md' ? 'Formatted' : 'Table' },
            { value: 'source', label: format === 'md' ? 'Markdown' : 'Text' },
          ]}
          onChange={onViewChange}
        />
      </header>
      <div className="export-preview__scroll" data-testid="export-preview" tabIndex={0} aria-label="Export preview">
        <ProblemNotice className="export-preview__notice" testId="export-error">
          {error && `Could not build the export: ${error}`}
        </ProblemNotice>
        {empty && <p className="export-preview__empty">Nothing to export with these choices: no highlights {format === 'md' ? 'or memos ' : ''}match.</p>}
        {preview && !empty && (
          <>
            {view === 'source' && (
              <pre className="export-source" data-testid="export-source">
                {part.text}
              </pre>
            )}
            {body?.kind === 'md' && (
              <article className="export-md" data-testid="export-rendered" onClick={interceptLinks} onAuxClick={interceptLinks}>
                {body.frontMatter !== null && (
                  <details className="export-md__properties">
                    <summary>Properties</summary>
                    <pre>{body.frontMatter}</pre>
                  </details>
                )}
                <div dangerouslySetInnerHTML={{ __html: body.html }} />
              </article>
            )}
            {body?.kind === 'csv' && (
              <table className="export-csv" data-testid="export-table">
                <thead>
                  <tr>
                    {body.head.map((cell, i) => (
                      <th key={i} scope="col">
                        {cell}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {body.rows.map((row, r) => (
                    <tr key={r}>
                      {row.map((cell, i) => (
                        <td key={i}>
                          <div className="export-csv__cell">{cell}</div>
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {(part.cut || (body?.kind === 'csv' && body.more > 0)) && (
              <p className="export-preview__cut">
                {body?.kind === 'csv' && body.more > 0
                  ? `The preview shows the first ${formatCount(PREVIEW_ROWS)} rows; the saved file has all of them.`
                  : `The preview shows the first ${formatCount(part.text.length)} of ${formatCount(content.length)} characters; the saved file has everything.`}
              </p>
            )}
          </>
        )}
      </div>
    </section>
  )
}
