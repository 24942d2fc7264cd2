import { ProviderError } from '../../core/seam/types.js'
import type { HttpResponse } from '../../http/client.js'

/**
 * Enkryptify answers every error as `{ message }` (§A.4). The message is for people; we branch on the
 * status, keep the server's first line (never the body) and add what to do about it.
 */
export function enkryptifyError(operation: string, res: HttpResponse, tokenHint = ''): ProviderError {
  const message = serverMessage(res.json)
  const hint = hintFor(res.status, tokenHint)
  const text = `${operation} failed: HTTP ${res.status}${message ? ` ${message}` : ''}${hint ? ` (${hint})` : ''}`
  return new ProviderError(text, res.status)
}

function serverMessage(json: unknown): string {
  const message = (json as { message?: unknown } | undefined)?.message
  if (typeof message !== 'string') return ''
  const line = message.split('\n')[0]!.trim()
  return line.length > 300 ? `${line.slice(0, 300)}…` : line
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
