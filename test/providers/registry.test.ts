import { describe, expect, it } from 'vitest'
import { manifestSchemas } from '../../src/core/manifest/schema.js'
import {
  credentialSecrets,
  ownerOf,
  PROVIDER_CATALOG,
  PROVIDER_DEFINITIONS,
  PROVIDERS,
} from '../../src/providers/registry.js'
import { HARNESSES } from '../support/providers.js'

describe('provider registry', () => {
  it('lists every provider the manifest accepts, each in the catalog the core is given', () => {
    const { provider } = manifestSchemas(PROVIDER_CATALOG)
    for (const d of PROVIDER_DEFINITIONS) {
      expect(
        provider.safeParse(
          d.type === 'enkryptify' ? { type: d.type, workspace: 'w1', project: 'p' } : { type: d.type },
        ).success,
      ).toBe(true)
    }
    expect(provider.safeParse({ type: 'vault' }).success).toBe(false)
  })

  it('the catalog the core is given holds the same providers, in the same order, as the registry', () => {
    expect(PROVIDER_CATALOG.providers.map((p) => p.type)).toEqual(PROVIDER_DEFINITIONS.map((d) => d.type))
    for (const d of PROVIDER_DEFINITIONS) {
      const spec = PROVIDER_CATALOG.get(d.type)
      for (const field of ['name', 'capabilities', 'manifest', 'lint', 'tokenShapes'] as const)
        expect(d[field]).toBe(spec[field])
    }
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

  it.each(PROVIDER_DEFINITIONS)(
    '$type: credentials read from its action inputs are its own, and every secret of them is an input the action masks',
    async (d) => {
      const given = Object.fromEntries(d.actionInputs.map((i) => [i.name, `SENTINEL-${i.name}-value`]))
      const runtime = { env: {}, getIDToken: async () => 'h.e.s', register: () => {} }
      const found = await d.credentialsFromInputs((name) => given[name], runtime)
      if (!found || !('ok' in found)) throw new Error(`no credentials from ${JSON.stringify(found)}`)
      expect(ownerOf(found.ok)).toBe(d)
      const masked = d.actionInputs.filter((i) => i.secret).map((i) => given[i.name])
      const secrets = credentialSecrets(found.ok)
      expect(secrets.length).toBeGreaterThan(0)
      for (const s of secrets) expect(masked).toContain(s)
      expect(await d.credentialsFromInputs(() => undefined, runtime)).toBeUndefined()
    },
  )

  it.each(PROVIDER_DEFINITIONS)(
    '$type: `--project` makes a provider block the manifest schema accepts',
    (d) => {
      const from = d.blockFromProject('acme/web')
      if (!('block' in from)) throw new Error(from.problem)
      expect(manifestSchemas(PROVIDER_CATALOG).provider.safeParse(from.block).success).toBe(true)
      expect(d.help.credentials).toContain(d.credentialEnv[0]!)
    },
  )
})
