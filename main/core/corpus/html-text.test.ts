import { describe, expect, it } from 'vitest'
import { extractHtmlText } from './html-text'

describe('extractHtmlText', () => {
  const html = `<!doctype html><html><head><title>Putin in Pj&ouml;ngjang</title>
    <style>body { color: red }</style><script>alert("xss"); document.write('evil')</script></head>
    <body><nav>Menü</nav><h1>Die Reise</h1>
    <p>Kim &amp; Putin &#8222;vereinbaren&#8220; eine <b>strategische</b>
       Partnerschaft.</p><noscript>Bitte JavaScript aktivieren</noscript>
    <p>Zeile eins<br>Zeile zwei</p><script>steal()</script><div>Ende&nbsp;gut</div></body></html>`

  it('keeps visible text only, decodes entities and never keeps scripts or styles', () => {
    const { text, title } = extractHtmlText(html)
    expect(title).toBe('Putin in Pjöngjang')
    expect(text).not.toMatch(/alert|evil|steal|color|JavaScript aktivieren/)
    expect(text).toContain('Kim & Putin „vereinbaren“ eine strategische Partnerschaft.')
    expect(text).toContain('Zeile eins\nZeile zwei')
    expect(text.split('\n\n')).toEqual(['Menü', 'Die Reise', 'Kim & Putin „vereinbaren“ eine strategische Partnerschaft.', 'Zeile eins\nZeile zwei', 'Ende gut'])
  })

  it('falls back to the first heading for the title', () => {
    expect(extractHtmlText('<body><h2>Überschrift</h2><p>Text</p></body>').title).toBe('Überschrift')
    expect(extractHtmlText('<p>nur Text</p>').title).toBeNull()
  })
})
