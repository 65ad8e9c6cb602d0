import { describe, expect, it } from 'vitest'
import { previewPart, renderExportMarkdown, splitFrontMatter } from './render-markdown'

describe('renderExportMarkdown', () => {
  it('splits off the front matter and renders the body without raw HTML, autolinks or images', () => {
    const { frontMatter, html } = renderExportMarkdown(
      '---\ntitle: "Exzerpt: x"\nexzerpt: 1\n---\n\n# T\n\n> Quote\n\n<script>x</script> https://example.org ![i](a.png) [open in Exzerpt](exzerpt://open?doc=a.txt&start=1&end=5)\n\n[exzerpt:highlight]: # \'{"a":1}\'\n',
    )
    expect(frontMatter).toBe('title: "Exzerpt: x"\nexzerpt: 1')
    expect(html).toContain('<h1>T</h1>')
    expect(html).toContain('<blockquote>\n<p>Quote</p>')
    expect(html).toContain('&lt;script&gt;')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('href="https://example.org"')
    expect(html).toContain('<a href="exzerpt://open?doc=a.txt&amp;start=1&amp;end=5">open in Exzerpt</a>')
    // The data line is a link reference definition: never shown.
    expect(html).not.toContain('exzerpt:highlight')
  })

  it('leaves a text without front matter whole', () => {
    expect(splitFrontMatter('# A\n---\n')).toEqual({ frontMatter: null, body: '# A\n---\n' })
  })

  it('cuts a long text at a line break', () => {
    expect(previewPart('abc\ndef\nghi', 100)).toEqual({ text: 'abc\ndef\nghi', cut: false })
    expect(previewPart('abc\ndef\nghi', 9)).toEqual({ text: 'abc\ndef', cut: true })
  })
})
