import type { ProviderError } from '../../core/seam/types.js'
import type { HttpResponse } from '../../http/client.js'
import { clipMessage, type ErrorContext, failedRequest } from '../reply.js'
import { ErrorReply } from './wire.js'

/**
 * Enkryptify answers every error as `{ message }`. The message is for people; we branch on the status,
 * keep the server's first line (never the body) and add what to do about it.
 */
export function replyError(operation: string, res: HttpResponse, context: ErrorContext = {}): ProviderError {
  return failedRequest(
    operation,
    res.status,
    serverMessage(res.json),
    hintFor(res.status, context.tokenHint ?? ''),
  )
}

/** The server's `message`, clipped to its first line. */
export function serverMessage(json: unknown): string {
  const message = ErrorReply.safeParse(json).data?.message
  return typeof message === 'string' ? clipMessage(message) : ''
}

function hintFor(status: number, tokenHint: string): string | undefined {
  switch (status) {
    case 401:
      return `check ENKRYPTIFY_TOKEN: it is mistyped, expired or revoked${tokenHint}`
    case 403:
      return 'the token needs read-write permission on this project and each environment written'
    case 404:
      return 'check provider.workspace and provider.project (slugs); the token may have no access to them'
    case 409:
      return 'a secret with this key already exists; run plan again'
    case 429:
      return 'rate limited (200 requests a minute per IP); try again later'
    default:
      return status >= 500 ? 'Enkryptify had a server error; try again later' : undefined
  }
}
