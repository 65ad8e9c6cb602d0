import { useId } from 'react'
import type { ExportRequest } from '../../../preload/contract'
import { SegmentedChoice } from '../controls/segmented-choice'
import type { ExportChoices } from './export-choices'

interface ExportOptionsProps {
  choices: ExportChoices
  /** The scope that applies (an unavailable choice falls back to the whole notebook). */
  scope: ExportRequest['scope']
  onChange(choices: ExportChoices): void
  /** "12 highlights, 2 memos". */
  notebookSummary: string
  /** The pane's filter in words; null when no filter is set. */
  filterWords: string | null
  /** The open document's title; null when none is open. */
  documentTitle: string | null
}

interface ScopeOption {
  value: ExportRequest['scope']
  label: string
  hint: string
  available: boolean
}

/** What to export (scope), as what (format), how (grouping) and with what (notes, memos, lost passages). */
export function ExportOptions({ choices, scope, onChange, notebookSummary, filterWords, documentTitle }: ExportOptionsProps) {
  const ids = useId()
  const set = (patch: Partial<ExportChoices>) => onChange({ ...choices, ...patch })
  const csv = choices.format === 'csv'
  const scopes: ScopeOption[] = [
    { value: 'all', label: 'Whole notebook', hint: notebookSummary, available: true },
    { value: 'filter', label: 'Current filter', hint: filterWords ?? 'No filter set in the notebook pane', available: filterWords !== null },
    { value: 'document', label: 'This document', hint: documentTitle ?? 'No document open', available: documentTitle !== null },
  ]
  const includes = [
    { key: 'includeNotes', label: 'Notes', hint: null, disabled: false },
    { key: 'includeMemos', label: 'Memos', hint: csv ? 'Not in a CSV' : null, disabled: csv },
    { key: 'includeOrphans', label: 'Lost passages', hint: 'Passages not found in the current text', disabled: false },
  ] as const

  return (
    <div className="export-options" data-testid="export-options">
      <fieldset className="export-options__group">
        <legend className="field__label">Export</legend>
        {scopes.map((option) => (
          <label key={option.value} className={`export-choice${option.available ? '' : ' is-disabled'}`}>
            <input
              type="radio"
              name={`${ids}-scope`}
              value={option.value}
              checked={scope === option.value}
              disabled={!option.available}
              data-testid={`export-scope-${option.value}`}
              data-autofocus={scope === option.value ? '' : undefined}
              onChange={() => set({ scope: option.value })}
            />
            <span className="export-choice__text">
              <span className="export-choice__label">{option.label}</span>
              <span className="export-choice__hint" data-testid={`export-scope-${option.value}-hint`}>
                {option.hint}
              </span>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset className="export-options__group">
        <legend className="field__label">Format</legend>
        <SegmentedChoice
          label="Format"
          testId="export-format"
          value={choices.format}
          options={[
            { value: 'md', label: 'Markdown' },
            { value: 'csv', label: 'CSV' },
          ]}
          onChange={(format) => set({ format })}
        />
        <p className="field__hint">{csv ? 'One row per highlight, for spreadsheets.' : 'Quotes with citations and links back to the passage.'}</p>
      </fieldset>

      {/* A disabled fieldset disables the buttons inside: a CSV has no groups. */}
      <fieldset className="export-options__group" disabled={csv}>
        <legend className="field__label">Group by</legend>
        <SegmentedChoice
          label="Group by"
          testId="export-group"
          value={choices.groupBy}
          options={[
            { value: 'doc', label: 'Document' },
            { value: 'tag', label: 'Tag' },
          ]}
          onChange={(groupBy) => set({ groupBy })}
        />
        {!csv && choices.groupBy === 'tag' && <p className="field__hint">A highlight with several tags appears under each.</p>}
      </fieldset>

      <fieldset className="export-options__group">
        <legend className="field__label">Include</legend>
        {includes.map((option) => (
          <label key={option.key} className={`export-choice export-choice--check${option.disabled ? ' is-disabled' : ''}`}>
            <input
              type="checkbox"
              checked={choices[option.key] && !option.disabled}
              disabled={option.disabled}
              data-testid={`export-${option.key}`}
              onChange={(event) => set({ [option.key]: event.target.checked })}
            />
            <span className="export-choice__text">
              <span className="export-choice__label">{option.label}</span>
              {option.hint && <span className="export-choice__hint">{option.hint}</span>}
            </span>
          </label>
        ))}
      </fieldset>
    </div>
  )
}
