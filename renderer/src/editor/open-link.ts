import type { Editor } from '@tiptap/core'
import { errorMessage } from '../format'

/** Opens a note's link outside the app (main allows web and mail links only and says why otherwise). */
export function openLink(href: string, say: (message: string, problem?: boolean) => void): void {
  window.exzerpt.openExternal(href).catch((error: unknown) => say(`The link could not be opened: ${errorMessage(error)}`, true))
}

/** Adds https:// to what looks like a bare address ("zeit.de/artikel"); leaves "mailto:…" and "https://…" as they are. */
export function completeLink(typed: string): string {
  const value = typed.trim()
  if (!value) return ''
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[^:/]+:\d/.test(value)) return value
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(value)) return `mailto:${value}`
  return `https://${value.replace(/^\/+/, '')}`
}

interface EditorElement extends HTMLElement {
  editor?: Editor
}

/** The note editor that has focus (tiptap hangs itself on its element), if any. */
export function focusedNoteEditor(active: Element | null): Editor | null {
  const dom = active?.closest<EditorElement>('.ProseMirror')
  return dom?.editor ?? null
}
