import { describe, expect, it } from 'vitest'
import { extractHtmlText } from './html-text'

describe('extractHtmlText', () => {
  const html = `<!doctype html><html><head><title>Putin in Pj&ouml;ngjang</title>
    <meta charset="windows-1252"><style>body { color: red }</style><script>alert(1)</script></head>
    <body><nav>Men&uuml;</nav><h1>Die Reise</h1>
    <p>Kim &amp; Putin &#8222;vereinbaren&#8220; eine <b>strategische</b>
       Partnerschaft, sagt der M&auml;rz-Bericht.</p><noscript>Bitte JavaScript aktivieren</noscript>
    <p>Zeile eins<br>Zeile zwei</p><script>document.write('evil')</script><div>Ende&nbsp;gut</div>
    <template><p>Vorlage</p></template><svg><title>Symbol</title><text>Grafik</text></svg></body></html>`

  it('keeps visible text only, decodes entities and never keeps scripts or styles', () => {
    const { text, title } = extractHtmlText(html)
    expect(title).toBe('Putin in Pjöngjang')
    expect(text).not.toMatch(/alert|evil|color|JavaScript aktivieren|Vorlage|Symbol|Grafik|windows-1252/)
    expect(text.split('\n\n')).toEqual([
      'Menü',
      'Die Reise',
      'Kim & Putin „vereinbaren“ eine strategische Partnerschaft, sagt der März-Bericht.',
      'Zeile eins\nZeile zwei',
      'Ende gut',
    ])
  })

  it('falls back to the first heading for the title, ignoring svg titles', () => {
    expect(extractHtmlText('<body><h2>&Uuml;ber<i>schrift</i></h2><h1>Zweite</h1><p>Text</p></body>').title).toBe('Überschrift')
    expect(extractHtmlText('<svg><title>Icon</title></svg><h1>Echt</h1>').title).toBe('Echt')
    expect(extractHtmlText('<p>nur Text</p>').title).toBeNull()
  })

  it('separates table cells, keeps <pre> lines, and treats <br><br> as a paragraph break', () => {
    const { text } = extractHtmlText(
      '<table><tr><td>Ort</td><td>Datum</td></tr><tr><td>Pjöngjang</td><td>19.06.2024</td></tr></table>' +
        '<pre>eins\n  zwei</pre>alt<br><br><br>neu',
    )
    expect(text).toBe('Ort Datum\n\nPjöngjang 19.06.2024\n\neins\nzwei\n\nalt\n\nneu')
  })

  it('drops elements marked hidden, and copes with broken markup', () => {
    expect(extractHtmlText('<p>sichtbar</p><div hidden><p>versteckt</p></div><span aria-hidden="true">x</span>').text).toBe('sichtbar')
    expect(extractHtmlText('<p>offen <b>fett <i>kursiv').text).toBe('offen fett kursiv')
    expect(extractHtmlText('')).toEqual({ text: '', title: null })
  })
})
