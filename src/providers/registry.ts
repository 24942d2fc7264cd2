import type { ProviderType } from '../core/seam/provider-spec.js'
import type { ProviderDefinition } from './definition.js'
import { enkryptify } from './enkryptify/definition.js'
import { infisical } from './infisical/definition.js'
import { primeIntellect } from './prime-intellect/definition.js'

/**
 * Every provider, in the order they are documented. Connecting, the CLI's credential reading and
 * masking, and the README's capability table iterate this; the manifest schema and lint rules iterate
 * PROVIDER_CATALOG (catalog.ts), the same providers' specs. A new provider is a folder and a line here
 * and in catalog.ts.
 */
export const PROVIDERS = {
  infisical,
  enkryptify,
  'prime-intellect': primeIntellect,
} as const satisfies { [T in ProviderType]: ProviderDefinition<T, { method: string }> }

type Definitions = (typeof PROVIDERS)[ProviderType]
type CredentialsOf<D> = D extends { secretsOf(credentials: infer C): string[] } ? C : never

/** Credentials for any provider; `method` says which provider they belong to. */
export type Credentials = CredentialsOf<Definitions>

export const PROVIDER_DEFINITIONS: readonly Definitions[] = Object.values(PROVIDERS)

/** What the core needs of every provider, from the same folders (catalog.ts: the hook's, without clients). */
export { PROVIDER_CATALOG } from './catalog.js'

/** The provider whose credentials these are. */
export function ownerOf(credentials: Credentials): Definitions {
  const owner = PROVIDER_DEFINITIONS.find((d) =>
    (d.credentialMethods as readonly string[]).includes(credentials.method),
  )
  if (!owner) throw new Error(`no provider reads credentials of method '${credentials.method}'`)
  return owner
}

/** The strings of these credentials that must never be printed. */
export function credentialSecrets(credentials: Credentials): string[] {
  // The owner's `secretsOf` takes exactly its own credentials; `ownerOf` matched them by method.
  return (ownerOf(credentials).secretsOf as (c: Credentials) => string[])(credentials)
}
