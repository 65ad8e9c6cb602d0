/**
 * The canonical form every offset in Exzerpt points into: no BOM, LF line
 * endings, Unicode NFC. It must be deterministic, because highlights store
 * offsets and the content hash is taken over this text.
 */
export function canonicalize(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  return noBom.replace(/\r\n?/g, '\n').normalize('NFC')
}
