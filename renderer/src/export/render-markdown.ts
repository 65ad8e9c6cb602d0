import MarkdownIt from 'markdown-it'

/**
 * Markdown for the export preview, rendered as a CommonMark reader would show the
 * file: raw HTML stays text (`html: false` — a quote's `<script>` is escaped in the
 * export anyway, this is the second fence), bare URLs stay text (`linkify: false`,
 * as the exporter escapes them), and images are off: a note can hold none, and an
 * offline app must not fetch one.
 */
const md = new MarkdownIt({ html: false, linkify: false, typographer: false }).disable('image')

export interface RenderedExport {
  /** The YAML front matter without its fences, or null when there is none. */
  frontMatter: string | null
  /** The body as HTML (markdown-it escapes all text; link targets pass its validateLink). */
  html: string
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/

/** Splits off the front matter, which CommonMark would render as a rule and a setext heading. */
export function splitFrontMatter(markdown: string): { frontMatter: string | null; body: string } {
  const match = FRONT_MATTER.exec(markdown)
  return match ? { frontMatter: match[1] ?? '', body: markdown.slice(match[0].length) } : { frontMatter: null, body: markdown }
}

export function renderExportMarkdown(markdown: string): RenderedExport {
  const { frontMatter, body } = splitFrontMatter(markdown)
  return { frontMatter, html: md.render(body) }
}

/**
 * The start of a long export, cut at a line break: the preview shows this much,
 * the saved file has everything. A cut can leave a block unfinished, which only
 * changes how the preview's last lines look.
 */
export function previewPart(content: string, limit: number): { text: string; cut: boolean } {
  if (content.length <= limit) return { text: content, cut: false }
  const end = content.lastIndexOf('\n', limit)
  return { text: content.slice(0, end > 0 ? end : limit), cut: true }
}
