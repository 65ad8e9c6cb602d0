/**
 * Escaping of literal text for CommonMark (and the Obsidian/GFM extensions
 * people open exports in), so that text taken from a source or typed by the
 * user shows exactly as written and never turns into structure: no list from
 * "12. Juni 2024", no heading from "# …", no HTML from "<script>", no table
 * from pipes, no Obsidian tag from "#Hashtag", no math from "$…$".
 *
 * Every escape is a backslash before an ASCII punctuation character, which
 * CommonMark defines as that character, literally — so {@link unescapeMarkdown}
 * is an exact inverse, which the importer relies on.
 */

/** Characters tiptap's note serializer already escapes (backslash) or writes as entities (`&amp;`, `&lt;`, `&gt;`). */
export const TIPTAP_HANDLED: ReadonlySet<string> = new Set(['\\', '`', '*', '_', '[', ']', '~', '&', '<', '>'])

export interface EscapeOptions {
  /** Whether `text` begins a line (so block markers at its start must be escaped). Default true. */
  atLineStart?: boolean
  /** What to insert before a character that needs escaping. Default a backslash; the note exporter uses a placeholder. */
  marker?: string
  /** Characters some other layer escapes already; they are left alone. */
  handled?: ReadonlySet<string>
  /** The character just before `text` on its line, when known (default: treated as white space). */
  before?: string
}

// One pass over the text; each alternative is a rule of escapeMarkdown's list.
const SPECIAL = new RegExp(
  [
    '[\\\\`*_[\\]<~|$]', // inline syntax, HTML, GFM tables, Obsidian math: everywhere
    '(?<=^|\\s)[#^]', // heading / closing #s / Obsidian tag; Obsidian block id
    '&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)', // an entity
    '([=%])\\1+', // Obsidian ==highlight== and %%comment%%
    // GFM autolinks; tiptap's parser (marked) finds them inside words too ("ahttps://", "awww.")
    '(?<=[hH][tT][tT][pP][sS]?|[fF][tT][pP]):(?=//)|(?<=[wW]{3})\\.|(?<=[\\w.+-])@(?=[\\w-])',
    '^[#>+=-]', // block markers at a line start (* and _ are escaped everywhere)
    // List markers at a line start: "12." / "3)", and the letters and roman numerals tiptap and pandoc read as markers ("a)", "Mi.", "iv.").
    '^(?:\\d{1,9}|[a-zA-Z]{1,2}|[ivxlcdmIVXLCDM]+)[.)](?=\\s|$)',
    '^\\d{1,9}[.)]',
  ].join('|'),
  'gm',
)

// Cheap first look: most text has none of these (digits, letters and "-" only matter at a line start).
const MAYBE_SPECIAL = /[\\`*_[\]<~|$#^&=%@:.)]|^[>+\-\d]/m

/**
 * Escapes `text` (which may contain line breaks) so that CommonMark shows it
 * literally. Escapes: `\` `` ` `` `*` `_` `[` `]` `<` `~` `|` `$` everywhere;
 * `&` before something that reads as an entity; `#` at a line start or after
 * white space (heading, closing `#`s, Obsidian tag); `^` after white space
 * (Obsidian block id); `==` and `%%` (Obsidian highlight and comment); what GFM
 * would turn into a link (the `:` of `https://`, the `.` of `www.`, the `@` of
 * an e-mail address); and at a line start `>` `-` `+` `=` and the `.`/`)` of a
 * list marker ("12.", "3)", and "a)", "Mi.", "iv." — tiptap's parser and
 * pandoc read letters and roman numerals as markers). Line-start white space is
 * not handled here: callers trim it (four spaces would be code).
 */
export function escapeMarkdown(text: string, options: EscapeOptions = {}): string {
  if (!MAYBE_SPECIAL.test(text)) return text
  const marker = options.marker ?? '\\'
  const handled = options.handled
  const atLineStart = options.atLineStart ?? true
  const before = options.before ?? ' '
  return text.replace(SPECIAL, (match: string, _repeat: string | undefined, offset: number) => {
    const listMarker = match.length > 1 && /^[\da-zA-Z]/.test(match)
    if (offset === 0 && !atLineStart) {
      // The text continues a line: no line-start rules; "#"/"^" depend on the character before it.
      if (listMarker) return match
      if ((match === '#' || match === '^') && !/\s/.test(before)) return match
      if (match.length === 1 && '>+=-'.includes(match)) return match
    }
    if (listMarker) {
      const punct = match.at(-1)!
      return handled?.has(punct) ? match : `${match.slice(0, -1)}${marker}${punct}`
    }
    let out = ''
    for (const c of match) out += handled?.has(c) ? c : marker + c
    return out
  })
}

/** Reverses {@link escapeMarkdown} (and any CommonMark backslash escape): `\` + ASCII punctuation → the punctuation. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1')
}

/**
 * A CommonMark code span showing `text` literally (a file name): the fence is
 * one backtick more than the longest run inside, padded when the text starts
 * or ends with a backtick.
 */
export function codeSpan(text: string): string {
  const runs = text.match(/`+/g) ?? []
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1)
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}
