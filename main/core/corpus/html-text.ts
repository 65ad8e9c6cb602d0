import { Parser } from 'htmlparser2'

/** Elements whose content is never visible text. */
const HIDDEN = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'audio', 'video', 'select', 'datalist', 'button',
])
/** Elements that start a new paragraph. */
const BLOCKS = new Set([
  'html', 'body', 'p', 'div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'nav', 'blockquote', 'pre',
  'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption',
  'thead', 'tbody', 'tfoot', 'tr', 'form', 'fieldset', 'legend', 'address', 'hr', 'details', 'summary', 'center',
  'menu', 'dialog',
])
/** Inline elements that still separate words (table cells would otherwise run together). */
const SEPARATORS = new Set(['td', 'th', 'img', 'input', 'label'])

/** HTML's collapsible whitespace, plus U+00A0 so `&nbsp;` searches as a space. Not \s: thin and other typographic spaces stay. */
const SPACE_RUN = /[ \t\n\r\f\u00a0]+/g

/**
 * Extracts the visible text of an HTML page. Scripts, styles, the head and
 * other never-rendered content are dropped, entities decoded, and block
 * elements become paragraphs separated by one blank line (`<br>` is a single
 * line break). The title is the `<title>` text, else the first h1/h2.
 * The page is only tokenized, never executed.
 */
export function extractHtmlText(html: string): { text: string; title: string | null } {
  const paragraphs: string[] = []
  let current = ''
  // Depth bookkeeping instead of per-tag counters: htmlparser2 reports a close
  // (explicit or implied) for every open, so a plain depth stays balanced.
  let depth = 0
  let hiddenFrom = Infinity
  let preFrom = Infinity
  let titleFrom = Infinity
  let title: string | null = null
  let titleText = ''
  let headingFrom = Infinity
  let headingText = ''
  let heading: string | null = null
  let svgDepth = 0

  const endParagraph = () => {
    const cleaned = current
      .split('\n')
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .join('\n')
      .replace(/^\n+|\n+$/g, '')
      // Old pages separate paragraphs with <br><br>: keep that as one blank line, never several.
      .replace(/\n{3,}/g, '\n\n')
    if (cleaned) paragraphs.push(cleaned)
    current = ''
  }

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        depth++
        // An <svg> has its own <title> (a tooltip), which is not the page title.
        if (name === 'title' && title === null && titleFrom === Infinity && svgDepth === 0) titleFrom = depth
        if (name === 'svg') svgDepth++
        if (depth < hiddenFrom && (HIDDEN.has(name) || 'hidden' in attribs || attribs['aria-hidden'] === 'true')) {
          hiddenFrom = depth
        }
        if (depth >= hiddenFrom) return
        if (BLOCKS.has(name)) endParagraph()
        else if (SEPARATORS.has(name)) current += ' '
        if (name === 'br') current += '\n'
        if (name === 'pre' && depth < preFrom) preFrom = depth
        if ((name === 'h1' || name === 'h2') && heading === null && headingFrom === Infinity) headingFrom = depth
      },
      ontext(text) {
        if (depth >= titleFrom) titleText += text
        if (depth >= hiddenFrom) return
        const visible = depth >= preFrom ? text.replace(/\r\n?/g, '\n').replace(/[\t\f\u00a0]/g, ' ') : text.replace(SPACE_RUN, ' ')
        current += visible
        if (depth >= headingFrom) headingText += text
      },
      onclosetag(name) {
        if (name === 'svg') svgDepth = Math.max(0, svgDepth - 1)
        if (depth === titleFrom) {
          title = collapse(titleText) || null
          titleFrom = Infinity
        }
        if (depth === headingFrom) {
          heading = collapse(headingText) || null
          headingFrom = Infinity
          headingText = ''
        }
        const wasHidden = depth >= hiddenFrom
        if (depth === hiddenFrom) hiddenFrom = Infinity
        if (depth === preFrom) preFrom = Infinity
        depth--
        if (wasHidden) return
        if (BLOCKS.has(name)) endParagraph()
        else if (SEPARATORS.has(name)) current += ' '
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  )
  parser.write(html)
  parser.end()
  endParagraph()
  return { text: paragraphs.join('\n\n'), title: title ?? heading }
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
