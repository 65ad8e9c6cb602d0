import { useState } from 'react'
import type { NoteHit } from '../../../preload/contract'
import { segment } from '../marked-text'
import './note-hits.css'

const SHOWN = 3

/** Where in the notebook the words were found, in plain words. */
export function hitPlace(hit: NoteHit): string {
  if (hit.kind === 'memo') return 'In a memo'
  return hit.field === 'tag' ? 'In a tag' : hit.field === 'quote' ? 'In a highlight' : 'In a note'
}

/** Search hits in the notebook (notes, tags, memos), apart from the hits in the sources. */
export function NoteHits({ hits, onOpen }: { hits: readonly NoteHit[]; onOpen(hit: NoteHit): void }) {
  const [all, setAll] = useState(false)
  if (hits.length === 0) return null
  const shown = all ? hits : hits.slice(0, SHOWN)
  return (
    <section className="note-hits" data-testid="note-hits" aria-label="Found in your notebook">
      <div className="list-heading">
        <span>In your notebook</span>
        <span className="list-heading__count">{hits.length}</span>
      </div>
      <ul className="note-hits__list">
        {shown.map((hit) => (
          <li key={`${hit.kind}:${hit.id}:${hit.field}`}>
            <button type="button" className="note-hit" data-testid="note-hit" data-kind={hit.kind} data-field={hit.field} onClick={() => onOpen(hit)}>
              <span className="note-hit__meta">
                <span className={`note-hit__place note-hit__place--${hit.kind === 'memo' ? 'memo' : hit.field}`}>{hitPlace(hit)}</span>
                <span className="note-hit__doc">{hit.docTitle ?? 'Whole notebook'}</span>
              </span>
              <span className="note-hit__text">
                {segment(hit.text, 0, hit.marks).map((part) =>
                  part.match >= 0 ? <mark key={part.start}>{part.text}</mark> : <span key={part.start}>{part.text}</span>,
                )}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {hits.length > SHOWN && (
        <button type="button" className="link-button note-hits__more" onClick={() => setAll((v) => !v)}>
          {all ? 'Show fewer' : `Show all ${hits.length}`}
        </button>
      )}
    </section>
  )
}
