import { TextMap } from './text-map'

const maps = new WeakMap<Element, TextMap>()

/**
 * The reader's TextMap, built once and reused until the article's DOM changes
 * (useHighlightPainter's MutationObserver calls `invalidateTextMap`): pointer
 * moves hit-test many times between changes.
 */
export function textMapOf(article: Element): TextMap {
  let map = maps.get(article)
  if (!map) {
    map = new TextMap(article)
    maps.set(article, map)
  }
  return map
}

export function invalidateTextMap(article: Element): void {
  maps.delete(article)
}
