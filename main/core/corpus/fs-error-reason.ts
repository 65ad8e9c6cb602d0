/** Plain words for the file system errors a user can act on; anything else keeps its own message. */
export function fsErrorReason(error: unknown): string {
  const code = (error as { code?: string } | null)?.code
  switch (code) {
    case 'ENOENT':
      return 'it vanished'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'it is a folder'
    case 'ELOOP':
      return 'too many levels of links'
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files'
    case 'EIO':
      return 'input/output error'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}
