import type { Credentials } from '../app/types.js'
import type { InfisicalCredentials } from '../providers/infisical/credentials.js'
import { type ActionInputs, expr } from './inputs.js'

export type CredentialResult =
  /** Every provider's credentials that were given; the manifest's provider picks its own. */
  | { kind: 'ok'; credentials: Credentials[] }
  /** Nothing usable to log in with, e.g. on a fork PR, where GitHub passes neither secrets nor an ID token. */
  | { kind: 'unavailable'; reason: string }

export interface AuthDeps {
  env: Record<string, string | undefined>
  /** `core.getIDToken`: asks the runner's token service for a GitHub OIDC token with this audience. */
  getIDToken: (audience?: string) => Promise<string>
  /** Registers a secret before it can be printed. */
  register: (secret: string) => void
}

export type Infisical = { ok: InfisicalCredentials } | { problem: string } | undefined

/**
 * Credentials from the inputs, or why there are none usable (empty or half-given inputs, no ID-token
 * permission). The caller turns "unavailable" into an error, or on a fork PR, where GitHub withholds
 * secrets and ID tokens, into a notice.
 */
export async function resolveCredentials(inputs: ActionInputs, deps: AuthDeps): Promise<CredentialResult> {
  const infisical = await infisicalCredentials(inputs, deps)
  if (infisical && 'problem' in infisical) return { kind: 'unavailable', reason: infisical.problem }
  const credentials: Credentials[] = infisical ? [infisical.ok] : []
  if (inputs.enkryptifyToken) credentials.push({ method: 'enkryptify-token', token: inputs.enkryptifyToken })
  if (inputs.primeApiKey) {
    credentials.push({
      method: 'prime-api-key',
      apiKey: inputs.primeApiKey,
      ...(inputs.primeTeamId ? { teamId: inputs.primeTeamId } : {}),
    })
  }
  if (credentials.length > 0) return { kind: 'ok', credentials }
  return {
    kind: 'unavailable',
    reason: `no credentials were given: for Infisical pass \`client-id: ${expr('vars.INFISICAL_CLIENT_ID')}\` and \`client-secret: ${expr('secrets.INFISICAL_CLIENT_SECRET')}\`, or use \`method: oidc\` or \`method: token\`; for Enkryptify \`enkryptify-token\`; for Prime Intellect \`prime-api-key\``,
  }
}

async function infisicalCredentials(inputs: ActionInputs, deps: AuthDeps): Promise<Infisical> {
  switch (inputs.method) {
    case 'universal': {
      const { clientId, clientSecret } = inputs
      if (clientId && clientSecret) return { ok: { method: 'universal', clientId, clientSecret } }
      if (!clientId && !clientSecret) return undefined
      const missing = clientId ? 'client-secret' : 'client-id'
      const given = clientId ? 'client-id' : 'client-secret'
      return {
        problem: `input \`${missing}\` is empty while \`${given}\` is set: check the name of the secret or variable that feeds \`${missing}\``,
      }
    }
    case 'token':
      if (inputs.token) return { ok: { method: 'token', token: inputs.token } }
      return {
        problem: `input \`token\` is empty with \`method: token\`: pass an Infisical access token, e.g. \`token: ${expr('secrets.INFISICAL_TOKEN')}\``,
      }
    case 'oidc': {
      // Only OIDC runs load the token exchange.
      const { oidcCredentials } = await import('./oidc.js')
      return oidcCredentials(inputs, deps)
    }
  }
}

/**
 * When Infisical rejects an OIDC login, says which audience and subject the token carried: those two
 * claims are what the identity's "allowed audiences" and "subject" must match, and users cannot see them
 * otherwise. The claims name the repository and ref, not a secret.
 */
export function oidcRejectionHint(error: unknown, given: readonly Credentials[]): string | undefined {
  const credentials = given.find((c) => c.method === 'oidc')
  const message = error instanceof Error ? error.message : ''
  // Only the login itself: a later 403 (say, no access to a folder) is not about the token's claims.
  if (!credentials || !/OIDC login/i.test(message)) return undefined
  const claims = decodeClaims(credentials.jwt)
  if (!claims) return undefined
  const aud = Array.isArray(claims.aud) ? claims.aud.join(', ') : String(claims.aud ?? '')
  const parts = [`the GitHub token had audience '${aud}' and subject '${String(claims.sub ?? '')}'`]
  if (/audience/i.test(message)) {
    parts.push(
      `add '${aud}' to the identity's OIDC allowed audiences, or set \`oidc-audience\` to one of them`,
    )
  } else if (/subject/i.test(message)) {
    // Infisical matches with picomatch, where `*` stops at '/': 'repo:o/r:*' does not match a branch ref.
    parts.push(
      `set the identity's OIDC subject to match it (a glob's '*' does not cross '/', so use e.g. 'repo:OWNER/REPO:ref:refs/heads/*')`,
    )
  } else if (/claim/i.test(message)) {
    parts.push('check the bound claims (repository, ref, environment) of the identity')
  }
  return parts.join('; ')
}

function decodeClaims(jwt: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >
  } catch {
    return undefined
  }
}
