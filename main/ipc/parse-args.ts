import type { z } from 'zod'

/** Thrown for a payload that does not match the contract; the message names the channel. */
export class InvalidPayloadError extends Error {
  override readonly name = 'InvalidPayloadError'
}

/** Checks a channel's argument tuple against its schema before anything reaches the core. */
export function parseArgs<S extends z.ZodType>(channel: string, schema: S, args: unknown): z.infer<S> {
  const result = schema.safeParse(args)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new InvalidPayloadError(`Invalid arguments for ${channel}: ${issue ? `${issue.path.join('.') || 'arguments'} ${issue.message}` : 'malformed'}`)
  }
  return result.data
}
