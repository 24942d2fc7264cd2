import type { Credentials } from '../app/types.js'
import type { InputRuntime } from '../providers/definition.js'
import { ownerOf, PROVIDER_DEFINITIONS } from '../providers/registry.js'
import type { ActionInputs } from './inputs.js'

export type CredentialResult =
  /** Every provider's credentials that were given; the manifest's provider picks its own. */
  | { kind: 'ok'; credentials: Credentials[] }
  /** Nothing usable to log in with, e.g. on a fork PR, where GitHub passes neither secrets nor an ID token. */
  | { kind: 'unavailable'; reason: string }

export type AuthDeps = InputRuntime

/**
 * Credentials from the inputs, every provider's in the registry's order, or why there are none usable
 * (empty or half-given inputs, no ID-token permission). The caller turns "unavailable" into an error,
 * or on a fork PR, where GitHub withholds secrets and ID tokens, into a notice.
 */
export async function resolveCredentials(inputs: ActionInputs, deps: AuthDeps): Promise<CredentialResult> {
  const read = (name: string) => inputs.providerInputs[name]
  const credentials: Credentials[] = []
  for (const definition of PROVIDER_DEFINITIONS) {
    const found = await definition.credentialsFromInputs(read, deps)
    // A half-given set is an error even when another provider's credentials were given.
    if (found && 'problem' in found) return { kind: 'unavailable', reason: found.problem }
    if (found) credentials.push(found.ok)
  }
  if (credentials.length > 0) return { kind: 'ok', credentials }
  const ways = PROVIDER_DEFINITIONS.map((d) => `for ${d.name} ${d.missingInputs}`)
  return { kind: 'unavailable', reason: `no credentials were given: ${ways.join('; ')}` }
}

/** What the provider that owns the credentials suggests checking after `error` (say, a rejected login's token claims). */
export function failureHint(error: unknown, given: readonly Credentials[]): string | undefined {
  for (const credentials of given) {
    const owner = ownerOf(credentials)
    const hint = (owner.failureHint as ((e: unknown, c: Credentials) => string | undefined) | undefined)?.(
      error,
      credentials,
    )
    if (hint) return hint
  }
  return undefined
}
