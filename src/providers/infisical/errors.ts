import type { ProviderError } from '../../core/seam/types.js'
import type { HttpResponse } from '../../http/client.js'
import { clipMessage, failedRequest } from '../reply.js'
import { errorReply, validationIssue } from './wire-guards.js'

/**
 * An error reply as a ProviderError that is safe to print: the status, the server's own short message
 * (never the whole body) and, where we know one, what to do about it.
 */
export function replyError(operation: string, res: HttpResponse): ProviderError {
  const message = serverMessage(res.json)
  return failedRequest(operation, res.status, message, hintFor(res.status, message))
}

/** The server's `message`; for a 422 validation failure, the paths of its issues (they echo no input). */
export function serverMessage(json: unknown): string {
  const message = errorReply(json)?.message
  if (typeof message === 'string') return clipMessage(message)
  if (Array.isArray(message)) {
    const paths = message.flatMap((i) => {
      const path = validationIssue(i)?.path
      return path?.length ? [path.join('.')] : []
    })
    return `request rejected by validation${paths.length ? ` at ${[...new Set(paths)].slice(0, 5).join(', ')}` : ''}`
  }
  return ''
}

export function isRouteNotFound(res: HttpResponse): boolean {
  return res.status === 404 && /^Route \S+ not found/.test(serverMessage(res.json))
}

/** A batch refused for its size: the body limit (413) or a server cap on items ("too many"). */
export function refusedForSize(res: HttpResponse): boolean {
  if (res.status === 413) return true
  return res.status === 400 && /too (many|large|long)|maximum|at most|exceed/i.test(serverMessage(res.json))
}

export function isTokenError(res: HttpResponse): boolean {
  return res.status === 401 || (res.status === 403 && errorReply(res.json)?.error === 'TokenError')
}

function hintFor(status: number, message: string): string | undefined {
  if (status === 401 && /invalid credentials/i.test(message))
    return 'check the client id and client secret of the machine identity'
  if (status === 401 && /locked/i.test(message))
    return 'too many failed logins locked the identity; wait a few minutes and check the credentials'
  if (/^Access denied: OIDC/i.test(message)) return undefined
  if (status === 403 && /not allowed/i.test(message))
    return 'give the machine identity a project role that allows this'
  if (status === 403) return 'the identity may not be a member of this project, or its token is invalid'
  if (status === 429) return 'rate limited; try again later or lower the request rate'
  return undefined
}
