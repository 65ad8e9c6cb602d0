export { CONTEXT_LENGTH } from './anchor-types'
export type {
  Anchor,
  AnchorResult,
  AnchorStatus,
  TextPositionSelector,
  TextQuoteSelector,
} from './anchor-types'
export { createAnchor, quoteAt } from './create-anchor'
export { reanchor, reanchorAll } from './reanchor'
