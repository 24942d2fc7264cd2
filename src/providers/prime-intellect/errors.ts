import type { ProviderError } from '../../core/seam/types.js'
import type { HttpResponse } from '../../http/client.js'
import { clipMessage, failedRequest } from '../reply.js'
import { ErrorReply, FastApiIssue, ParamError } from './wire.js'

/**
 * Prime Intellect documents `{errors: [{param, details}]}` for 422, while its CLI parses FastAPI's
 * `{detail: [{loc, msg}]}` or `{detail: "text"}`; both are read. FastAPI items also carry the rejected
 * `input`, which can be the value, so only `loc` and `msg` are ever used.
 */
export function replyError(operation: string, res: HttpResponse): ProviderError {
  return failedRequest(operation, res.status, serverMessage(res.json), hintFor(res.status))
}

/** The server's short message: the documented errors, FastAPI's detail, or a plain message. */
export function serverMessage(json: unknown): string {
  const body = ErrorReply.safeParse(json).data
  if (Array.isArray(body?.errors)) {
    const parts = body.errors.map((e) => {
      const item = ParamError.safeParse(e).data
      return [item?.param, item?.details].filter((p) => typeof p === 'string').join(': ')
    })
    return clipMessage(parts.filter(Boolean).slice(0, 5).join('; '))
  }
  if (Array.isArray(body?.detail)) {
    const parts = body.detail.map((d) => {
      const item = FastApiIssue.safeParse(d).data
      const loc = Array.isArray(item?.loc) ? item.loc.filter((l) => l !== 'body').join('.') : ''
      return [loc, typeof item?.msg === 'string' ? item.msg : ''].filter(Boolean).join(': ')
    })
    return clipMessage(parts.filter(Boolean).slice(0, 5).join('; '))
  }
  if (typeof body?.detail === 'string') return clipMessage(body.detail)
  if (typeof body?.message === 'string') return clipMessage(body.message)
  return ''
}

function hintFor(status: number): string | undefined {
  switch (status) {
    case 401:
      return 'check PRIME_API_KEY: it is mistyped, revoked, or lacks the secrets permission'
    case 402:
      return 'Prime Intellect asks for payment: check the billing of the account or team'
    case 403:
      return 'the key has no access to this team (check provider.teamId or PRIME_TEAM_ID)'
    case 404:
      return 'the secret or team does not exist, or the key cannot see it; run plan again'
    case 429:
      return 'rate limited; try again later'
    default:
      return status >= 500 ? 'Prime Intellect had a server error; try again later' : undefined
  }
}
