import { parseDeepLink } from '../../../main/core/export/deep-link'
import { isAllowedNoteLink } from '../../../main/core/notebook/note/link-policy'
import type { DocumentSummary, RevealTarget } from '../../../preload/contract'

export type PreviewLink =
  | { kind: 'reveal'; target: RevealTarget }
  | { kind: 'refused'; message: string }
  | { kind: 'external'; url: string }
  | { kind: 'other' }

/**
 * What a click on a link in the export preview should do. An `exzerpt://open`
 * link opens its passage in the reader, as the same link opened from outside
 * does (the same parser main uses). The preview was just built from the
 * notebook, so the range in the link is where the passage is now. A note's web
 * or mail link opens outside, as in the note itself (the same policy); anything
 * else does nothing: the preview is not a browser.
 */
export function previewLink(href: string, documents: readonly DocumentSummary[]): PreviewLink {
  const link = parseDeepLink(href)
  if (!link) return isAllowedNoteLink(href) ? { kind: 'external', url: href } : { kind: 'other' }
  if (!documents.some((doc) => doc.id === link.docId)) {
    return { kind: 'refused', message: `The link points to “${link.docId}”, which is not in the open folder.` }
  }
  const range = link.start !== undefined && link.end !== undefined ? { start: link.start, end: link.end } : null
  return { kind: 'reveal', target: { docId: link.docId, range, highlightId: link.highlightId ?? null } }
}
