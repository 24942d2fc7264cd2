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

/**
 * parseReply with a zod-free guard in front: the guard answers for a reply in the documented form, and
 * only a reply it rejects loads the schema (a dynamic import, so zod stays off the happy path), which
 * then gives the same error as parseReply. The guard must accept what the schema accepts and return
 * the same value; where they would differ, the schema decides.
 */
export async function checkReply<T>(
  guard: (json: unknown) => T | undefined,
  schema: () => Promise<z.ZodType<T>>,
  json: unknown,
  route: string,
  operation: string,
): Promise<T> {
  const fast = guard(json)
  return fast !== undefined ? fast : parseReply(await schema(), json, route, operation)
}

/** What a provider's `replyError` may add from the caller's state (say, which token form was sent). */
export interface ErrorContext {
  tokenHint?: string
}

/**
 * The one form of a failed request, for every provider: `<operation> failed: HTTP <status>`, the
 * server's own short message, and what to do about it when the provider knows. Carries the status, so
 * callers can tell a refusal from an outage.
 */
export function failedRequest(
  operation: string,
  status: number,
  message: string,
  hint?: string,
): ProviderError {
  return new ProviderError(
    `${operation} failed: HTTP ${status}${message ? ` ${message}` : ''}${hint ? ` (${hint})` : ''}`,
    status,
  )
}

/** A server's message as it is printed: its first line, at most 300 characters, never the whole body. */
export function clipMessage(text: string): string {
  const line = text.split('\n')[0]!.trim()
  return line.length > 300 ? `${line.slice(0, 300)}…` : line
}
