import { describe, expect, it } from 'vitest'
import { ProviderSchema } from '../../src/core/manifest/schema.js'
import { PROVIDER_CAPABILITIES } from '../../src/core/seam/capabilities.js'
import { credentialSecrets, ownerOf, PROVIDER_DEFINITIONS, PROVIDERS } from '../../src/providers/registry.js'
import { HARNESSES } from '../support/providers.js'

describe('provider registry', () => {
  it('lists every provider the manifest accepts, each with the published capabilities', () => {
    const manifestTypes = ProviderSchema.options.map((o) => o.shape.type.value).sort()
    expect(PROVIDER_DEFINITIONS.map((d) => d.type).sort()).toEqual(manifestTypes)
    for (const d of PROVIDER_DEFINITIONS) expect(d.capabilities).toEqual(PROVIDER_CAPABILITIES[d.type])
  })

  it('the conformance suite drives every registered provider', () => {
    expect(HARNESSES.map((h) => h.type).sort()).toEqual(Object.keys(PROVIDERS).sort())
  })

  it.each(PROVIDER_DEFINITIONS)('$type: credentials read from its variables are its own and masked', (d) => {
    const env = Object.fromEntries(d.credentialEnv.map((name) => [name, `SENTINEL-${name}-value`]))
    const credentials = d.credentialsFromEnv(env)
    expect(credentials).toBeDefined()
    expect(ownerOf(credentials!)).toBe(d)
    const secrets = credentialSecrets(credentials!)
    expect(secrets.length).toBeGreaterThan(0)
    for (const s of secrets) expect(s).toMatch(/^SENTINEL-/)
    expect(d.credentialsFromEnv({})).toBeUndefined()
  })
})
