import { Parser } from 'htmlparser2'

/** Elements whose content is never visible text. */
const HIDDEN = new Set(['title', 'script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'canvas', 'math'])
/** Elements that start a new paragraph. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'nav', 'blockquote', 'pre', 'figure', 'figcaption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'tr', 'form', 'fieldset', 'address', 'hr',
])

/**
 * Extracts the visible text of an HTML page: scripts, styles and other hidden
 * content are dropped, entities decoded, and block elements become paragraphs
 * separated by a blank line. The page is only tokenized, never executed.
 */
export function extractHtmlText(html: string): { text: string; title: string | null } {
  const paragraphs: string[] = []
  let current = ''
  let hiddenDepth = 0
  let inTitle = false
  let title = ''
  let heading: string | null = null
  let headingDepth = 0
  let headingText = ''

  const endParagraph = () => {
    const cleaned = current.split('\n').map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim()).filter(Boolean).join('\n')
    if (cleaned) paragraphs.push(cleaned)
    current = ''
  }

  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true
        if (HIDDEN.has(name)) hiddenDepth++
        if (hiddenDepth > 0) return
        if (BLOCKS.has(name)) endParagraph()
        if (name === 'br') current += '\n'
        if ((name === 'h1' || name === 'h2') && heading === null) headingDepth++
      },
      ontext(text) {
        if (inTitle) title += text
        if (hiddenDepth > 0) return
        current += text.replace(/\s+/g, ' ')
        if (headingDepth > 0) headingText += text
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false
        if (HIDDEN.has(name)) {
          hiddenDepth = Math.max(0, hiddenDepth - 1)
          return
        }
        if (hiddenDepth > 0) return
        if ((name === 'h1' || name === 'h2') && headingDepth > 0) {
          headingDepth--
          if (headingDepth === 0 && heading === null) heading = headingText.replace(/\s+/g, ' ').trim() || null
        }
        if (BLOCKS.has(name)) endParagraph()
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  )
  parser.write(html)
  parser.end()
  endParagraph()
  const cleanTitle = title.replace(/\s+/g, ' ').trim()
  return { text: paragraphs.join('\n\n'), title: cleanTitle || heading }
}
