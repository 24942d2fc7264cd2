import { ProviderError } from '../../core/seam/types.js'
import type { HttpResponse } from '../../http/client.js'

/**
 * Prime Intellect documents `{errors: [{param, details}]}` for 422, while its CLI parses FastAPI's
 * `{detail: [{loc, msg}]}` or `{detail: "text"}` (§B.5); both are read. FastAPI items also carry the
 * rejected `input`, which can be the value, so only `loc` and `msg` are ever used.
 */
export function primeError(operation: string, res: HttpResponse): ProviderError {
  const message = serverMessage(res.json)
  const hint = hintFor(res.status)
  const text = `${operation} failed: HTTP ${res.status}${message ? ` ${message}` : ''}${hint ? ` (${hint})` : ''}`
  return new ProviderError(text, res.status)
}

export function serverMessage(json: unknown): string {
  const body = json as { errors?: unknown; detail?: unknown; message?: unknown } | undefined
  if (Array.isArray(body?.errors)) {
    const parts = body.errors.map((e: { param?: unknown; details?: unknown }) =>
      [e?.param, e?.details].filter((p) => typeof p === 'string').join(': '),
    )
    return clip(parts.filter(Boolean).slice(0, 5).join('; '))
  }
  if (Array.isArray(body?.detail)) {
    const parts = body.detail.map((d: { loc?: unknown; msg?: unknown }) => {
      const loc = Array.isArray(d?.loc) ? d.loc.filter((l) => l !== 'body').join('.') : ''
      return [loc, typeof d?.msg === 'string' ? d.msg : ''].filter(Boolean).join(': ')
    })
    return clip(parts.filter(Boolean).slice(0, 5).join('; '))
  }
  if (typeof body?.detail === 'string') return clip(body.detail)
  if (typeof body?.message === 'string') return clip(body.message)
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

function clip(text: string): string {
  const line = text.split('\n')[0]!.trim()
  return line.length > 300 ? `${line.slice(0, 300)}…` : line
}
