/**
 * Decides whether an IPC message comes from our own renderer: the top frame,
 * loaded from the app's own pages (the packaged `file://` renderer or, in
 * development, the electron-vite dev server). Anything else — an iframe, a
 * page navigated elsewhere — is refused before a handler runs.
 */
export function isTrustedSender(frame: { url: string; isMainFrame: boolean } | null, rendererUrl: string): boolean {
  if (!frame || !frame.isMainFrame) return false
  let actual: URL
  let expected: URL
  try {
    actual = new URL(frame.url)
    expected = new URL(rendererUrl)
  } catch {
    return false
  }
  if (expected.protocol === 'file:') return actual.protocol === 'file:' && actual.pathname === expected.pathname
  return actual.origin === expected.origin
}
