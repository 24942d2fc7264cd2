import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { manifestSchema } from '../../src/core/manifest/schema.js'
import { PROVIDER_CATALOG } from '../../src/providers/registry.js'

// The zod-free check (fast-schema.ts) mirrors the zod schema by hand, and fast-schema.test.ts generates
// manifests from a hand-written model of it. A change to the zod schema changes this snapshot: when it
// does, mirror the change in fast-schema.ts and in that test's generator, then update the snapshot
// (`vitest run -u`). Without that step a new field or rule could pass zod and be missed by the hook.
describe('the fast check oracle', () => {
  it('the zod manifest schema is the one the fast check mirrors', () => {
    const schema = z.toJSONSchema(manifestSchema(PROVIDER_CATALOG), { io: 'input', unrepresentable: 'any' })
    expect(schema).toMatchSnapshot()
  })

  // The manifest schema holds every registered provider's block (their fast checks are in each
  // provider's manifest.ts), so a new provider changes the snapshot above as well.
  it('has the block of every registered provider, and no other', () => {
    const schema = z.toJSONSchema(manifestSchema(PROVIDER_CATALOG), { io: 'input' }) as unknown as {
      properties: { provider: { oneOf?: { properties: { type: { const: string } } }[] } }
    }
    const branches = schema.properties.provider.oneOf ?? []
    expect(branches.map((b) => b.properties.type.const)).toEqual(
      PROVIDER_CATALOG.providers.map((p) => p.type),
    )
  })
})
