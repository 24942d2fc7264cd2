import { expr } from '../../util/workflow-expression.js'
import type { InputCredentials, InputReader, InputRuntime } from '../definition.js'
import type { InfisicalCredentials } from './credentials.js'

/** How the action logs in to Infisical (the `method` input), and the inputs each way reads. */
const METHODS = ['universal', 'oidc', 'token'] as const
type Method = (typeof METHODS)[number]

export const INFISICAL_INPUTS = [
  { name: 'method', secret: false },
  { name: 'identity-id', secret: false },
  { name: 'oidc-audience', secret: false },
  { name: 'client-id', secret: false },
  { name: 'client-secret', secret: true },
  { name: 'token', secret: true },
] as const

export const MISSING_INPUTS = `pass \`client-id: ${expr('vars.INFISICAL_CLIENT_ID')}\` and \`client-secret: ${expr('secrets.INFISICAL_CLIENT_SECRET')}\`, or use \`method: oidc\` or \`method: token\``

/** The inputs that hold each method's credentials, in the order messages name them. */
const CREDENTIAL_INPUTS: Record<Method, readonly string[]> = {
  universal: ['client-id', 'client-secret'],
  token: ['token'],
  oidc: ['identity-id'],
}

function methodOf(read: InputReader): Method {
  return (read('method')?.toLowerCase() ?? 'universal') as Method
}

/** Catches an unknown method, and credentials given for one method while another is selected (the usual copy-paste mistake). */
export function checkInputs(read: InputReader): { error?: string; warnings: string[] } {
  const given = read('method') ?? 'universal'
  const method = methodOf(read)
  if (!(METHODS as readonly string[]).includes(method)) {
    const shown = given.length > 40 ? `${given.slice(0, 40)}…` : given
    return {
      error: `input \`method\` must be one of ${METHODS.join(', ')} (got '${shown}'): set \`method: ${METHODS[0]}\``,
      warnings: [],
    }
  }
  const foreign = Object.entries(CREDENTIAL_INPUTS)
    .flatMap(([m, names]) => (m === method ? [] : names))
    .filter((name) => read(name) !== undefined)
  const ownGiven = CREDENTIAL_INPUTS[method].some((name) => read(name) !== undefined)
  const warnings =
    method !== 'oidc' && read('oidc-audience') ? ['`oidc-audience` is ignored unless `method: oidc`.'] : []
  if (foreign.length > 0 && !ownGiven) {
    const suggested = read('token') ? 'token' : read('identity-id') ? 'oidc' : 'universal'
    const names = foreign.map((n) => `\`${n}\``)
    return {
      error: `input \`method\` is '${method}' but only ${names.join(' and ')} ${names.length > 1 ? 'are' : 'is'} set: set \`method: ${suggested}\`, or give the ${method} credentials`,
      warnings,
    }
  }
  return { warnings }
}

export async function credentialsFromInputs(
  read: InputReader,
  runtime: InputRuntime,
): Promise<InputCredentials<InfisicalCredentials>> {
  switch (methodOf(read)) {
    case 'token': {
      const token = read('token')
      if (token) return { ok: { method: 'token', token } }
      return {
        problem: `input \`token\` is empty with \`method: token\`: pass an Infisical access token, e.g. \`token: ${expr('secrets.INFISICAL_TOKEN')}\``,
      }
    }
    case 'oidc': {
      // Only OIDC runs load the token exchange.
      const { oidcCredentials } = await import('./oidc-inputs.js')
      return oidcCredentials(read, runtime)
    }
    default: {
      const clientId = read('client-id')
      const clientSecret = read('client-secret')
      if (clientId && clientSecret) return { ok: { method: 'universal', clientId, clientSecret } }
      if (!clientId && !clientSecret) return undefined
      const missing = clientId ? 'client-secret' : 'client-id'
      const present = clientId ? 'client-id' : 'client-secret'
      return {
        problem: `input \`${missing}\` is empty while \`${present}\` is set: check the name of the secret or variable that feeds \`${missing}\``,
      }
    }
  }
}

/**
 * When Infisical rejects an OIDC login, says which audience and subject the token carried: those two
 * claims are what the identity's "allowed audiences" and "subject" must match, and users cannot see them
 * otherwise. The claims name the repository and ref, not a secret.
 */
export function oidcRejectionHint(error: unknown, credentials: InfisicalCredentials): string | undefined {
  const message = error instanceof Error ? error.message : ''
  // Only the login itself: a later 403 (say, no access to a folder) is not about the token's claims.
  if (credentials.method !== 'oidc' || !/OIDC login/i.test(message)) return undefined
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
    const claims: unknown = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'))
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}
