import { z } from 'zod'
import type { ProviderCatalog } from '../catalog.js'
import { addDescriptions, addUniqueItems, addUrlSchemes, providerConditionals } from './json-schema-rules.js'
import { manifestSchema } from './schema.js'

/** Stable identifier of the v1 schema; the file itself is committed as schema/secrets-manifest.schema.json. */
export const MANIFEST_SCHEMA_ID = 'urn:secrets-manifest:schema:v1'

type JsonObject = Record<string, unknown>

/**
 * The manifest's JSON Schema, generated from the zod schema so editors (yaml-language-server) check
 * the same contract as `lint`. Input mode: fields with defaults are optional, as a person writes them.
 */
export function manifestJsonSchema(catalog: ProviderCatalog): JsonObject {
  const generated = z.toJSONSchema(manifestSchema(catalog), {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  })
  const { $schema, ...rest } = generated as JsonObject
  // Editors autocomplete `rules.off` with the ids it accepts (the same list `unknown-rule-id` checks).
  const off = ((rest.properties as JsonObject).rules as { properties: { off: { items: JsonObject } } })
    .properties.off
  off.items.enum = catalog.rules
    .filter((r) => r.switchable === 'off-and-waiver' && r.targets.includes('manifest'))
    .map((r) => r.id)
  addDescriptions(rest, catalog)
  addUniqueItems(rest)
  addUrlSchemes(rest)
  return {
    $schema,
    $id: MANIFEST_SCHEMA_ID,
    title: 'secrets-manifest',
    description:
      'secrets.yaml v1: a secrets-manager setup (provider, environments, secrets with value sources, duplicates, shares) kept in git. Values are never in the manifest, only where they come from.',
    ...rest,
    allOf: providerConditionals(catalog),
  }
}
