/** Plain words for the file system errors a user can act on. */
export function fsErrorReason(error: unknown): string {
  const code = (error as { code?: string } | null)?.code
  switch (code) {
    case 'ENOENT':
      return 'it vanished while reading'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'it is a folder'
    case 'EMFILE':
      return 'too many open files'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}
