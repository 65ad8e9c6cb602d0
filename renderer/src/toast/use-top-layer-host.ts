import { useEffect, useState } from 'react'

function topModal(): HTMLElement | null {
  try {
    const open = document.querySelectorAll<HTMLDialogElement>('dialog:modal')
    return open[open.length - 1] ?? null
  } catch {
    return null
  }
}

/**
 * Where something that must stay usable above everything goes: into the
 * topmost modal dialog while one is open (the rest of the page is inert then),
 * else the body. Follows dialogs opening and closing.
 */
export function useTopLayerHost(): HTMLElement {
  const [host, setHost] = useState<HTMLElement>(() => topModal() ?? document.body)
  useEffect(() => {
    const update = () => setHost(topModal() ?? document.body)
    const observer = new MutationObserver(update)
    observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['open'] })
    update()
    return () => observer.disconnect()
  }, [])
  return host
}
