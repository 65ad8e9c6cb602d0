/**
 * Which kinds of note saves are on their way to main. A notebook change that
 * arrives meanwhile, with no count changed, is (almost surely) that save: views
 * of other things (tags, the other kind) need not ask main again.
 */
const inFlight = { highlight: 0, memo: 0 }

export type NoteKind = keyof typeof inFlight

export function trackNoteSave<T>(kind: NoteKind, save: Promise<T>): Promise<T> {
  inFlight[kind]++
  return save.finally(() => {
    inFlight[kind]--
  })
}

/** The one kind of note being saved now, or null (none, or both). */
export function noteSaveInFlight(): NoteKind | null {
  if (inFlight.highlight > 0 && inFlight.memo === 0) return 'highlight'
  if (inFlight.memo > 0 && inFlight.highlight === 0) return 'memo'
  return null
}
