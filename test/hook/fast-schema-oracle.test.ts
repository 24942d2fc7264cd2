import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ManifestSchema } from '../../src/core/manifest/schema.js'

// The zod-free check (fast-schema.ts) mirrors the zod schema by hand, and fast-schema.test.ts generates
// manifests from a hand-written model of it. A change to the zod schema changes this snapshot: when it
// does, mirror the change in fast-schema.ts and in that test's generator, then update the snapshot
// (`vitest run -u`). Without that step a new field or rule could pass zod and be missed by the hook.
describe('the fast check oracle', () => {
  it('the zod manifest schema is the one the fast check mirrors', () => {
    const schema = z.toJSONSchema(ManifestSchema, { io: 'input', unrepresentable: 'any' })
    expect(schema).toMatchSnapshot()
  })
})
