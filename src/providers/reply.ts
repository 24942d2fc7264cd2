import type { z } from 'zod'
import { ProviderError } from '../core/seam/types.js'

/**
 * A server's reply checked against the shape its API documents (the schemas in each provider's
 * wire.ts), so a malformed reply is a clear error naming the route rather than a crash further on.
 * The message gives the issue's kind and place, never the reply's content.
 */
export function parseReply<S extends z.ZodType>(
  schema: S,
  json: unknown,
  route: string,
  operation: string,
): z.output<S> {
  const result = schema.safeParse(json)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
  throw new ProviderError(
    `${operation} failed: the reply of ${route} is not in the documented form (${issue?.code ?? 'invalid'}${where})`,
  )
}
