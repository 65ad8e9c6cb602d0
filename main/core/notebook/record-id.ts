/**
 * Whether a record id from outside (an imported file, a deep link) is an id as
 * Exzerpt makes them: letters, digits, `-` and `_`. Ids end up in links, element
 * ids and file names, so anything else is not taken.
 */
export function isRecordId(id: string): boolean {
  return /^[\w-]{1,200}$/.test(id)
}
