import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MANIFEST_SCHEMA_ID, manifestJsonSchema } from '../../src/core/manifest/json-schema.js'
import { PROVIDER_CATALOG } from '../../src/providers/registry.js'

// The committed schema is what editors load through `# yaml-language-server: $schema=...`; it must match
// the zod schema. Regenerate with:
//   UPDATE_SCHEMA=1 scripts/node24 node_modules/vitest/vitest.mjs run test/rules/json-schema.test.ts
const SCHEMA_FILE = new URL('../../schema/secrets-manifest.schema.json', import.meta.url)

describe('manifest JSON Schema', () => {
  const generated = `${JSON.stringify(manifestJsonSchema(PROVIDER_CATALOG), null, 2)}\n`

  it('schema/secrets-manifest.schema.json is current', () => {
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, generated)
    let committed = ''
    try {
      committed = readFileSync(SCHEMA_FILE, 'utf8')
    } catch {}
    expect(
      committed === generated,
      'schema/secrets-manifest.schema.json is stale: run `UPDATE_SCHEMA=1 scripts/node24 node_modules/vitest/vitest.mjs run test/rules/json-schema.test.ts` and commit it',
    ).toBe(true)
  })

  it('has an id, a title, and leaves defaulted fields optional', () => {
    const schema = manifestJsonSchema(PROVIDER_CATALOG) as {
      $id: string
      title: string
      required: string[]
      properties: Record<string, unknown>
    }
    expect(schema.$id).toBe(MANIFEST_SCHEMA_ID)
    expect(schema.title).toBe('secrets-manifest')
    // environments is required per provider (semantics.ts): Prime Intellect has none.
    expect(schema.required.sort()).toEqual(['provider', 'version'])
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'version',
        'provider',
        'environments',
        'rules',
        'secrets',
        'duplicates',
        'shares',
        'prune',
      ]),
    )
  })
})
