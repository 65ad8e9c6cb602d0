/** A mistake in a request (unknown document, quote not found, duplicate tag name): the message is for the user. */
export class NotebookInputError extends Error {
  override readonly name = 'NotebookInputError'
}
