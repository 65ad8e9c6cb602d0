import type { TagView } from '../../../preload/contract'
import { TagChip } from '../tags/tag-chip'
import { Floating } from './floating'
import type { HoverState } from './use-highlight-hover'

/** What a highlight carries, shown while the pointer rests on it. Passive: clicks go through to the text. */
export function HoverCard({ hover, tags }: { hover: HoverState; tags: readonly TagView[] }) {
  const byId = new Map(tags.map((t) => [t.id, t]))
  const key = `${hover.x},${hover.y}`
  return (
    <Floating
      anchor={() => ({ top: hover.y - 10, bottom: hover.y + 14, left: hover.x, right: hover.x })}
      anchorKey={key}
      className="hover-card"
      role="tooltip"
      testId="highlight-hover"
    >
      {hover.highlights.slice(0, 3).map((h) => (
        <div key={h.id} className="hover-card__item">
          {h.tagIds.length > 0 && (
            <div className="tag-list">
              {h.tagIds.map((id) => {
                const tag = byId.get(id)
                return tag ? <TagChip key={id} name={tag.name} color={tag.color} /> : null
              })}
            </div>
          )}
          {h.notePreview ? <p className="hover-card__note">{h.notePreview}</p> : <p className="hover-card__empty">No note</p>}
          {h.status === 'fuzzy' && <p className="hover-card__review">Text changed — please check it in the notebook</p>}
        </div>
      ))}
      <p className="hover-card__hint">Click to open in the notebook</p>
    </Floating>
  )
}
