// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { escapeIsForPage } from './keyboard'
import { undoesNotebook } from './toast/use-undo-shortcut'

afterEach(() => {
  document.body.innerHTML = ''
})

function page() {
  document.body.innerHTML = `
    <nav class="pane pane--sidebar"><input data-testid="search-input"><div tabindex="0" id="list"></div></nav>
    <main class="pane pane--reader"><article tabindex="0" id="reader"></article></main>
    <aside class="pane pane--notebook"><input id="filter"><button id="tab">Memos</button></aside>
    <div class="floating"><button id="swatch"></button></div>
    <dialog open><button id="in-dialog"></button></dialog>`
  return (id: string) => document.getElementById(id)!
}

describe('escapeIsForPage', () => {
  it('is the page’s in the search box, the sidebar, the reader, or with nothing focused', () => {
    const el = page()
    expect(escapeIsForPage(document.querySelector('[data-testid="search-input"]'))).toBe(true)
    expect(escapeIsForPage(el('list'))).toBe(true)
    expect(escapeIsForPage(el('reader'))).toBe(true)
    expect(escapeIsForPage(document.body)).toBe(true)
  })

  it('is not in dialogs, popovers, other fields or the notebook pane', () => {
    const el = page()
    expect(escapeIsForPage(el('in-dialog'))).toBe(false)
    expect(escapeIsForPage(el('swatch'))).toBe(false)
    expect(escapeIsForPage(el('filter'))).toBe(false)
    expect(escapeIsForPage(el('tab'))).toBe(false)
  })
})

describe('undoesNotebook', () => {
  it('undoes the notebook outside fields and popovers only', () => {
    const el = page()
    expect(undoesNotebook(el('reader'))).toBe(true)
    expect(undoesNotebook(el('tab'))).toBe(true)
    expect(undoesNotebook(el('filter'))).toBe(false)
    expect(undoesNotebook(el('swatch'))).toBe(false)
  })
})
