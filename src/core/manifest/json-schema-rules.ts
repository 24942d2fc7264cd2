import type { ProviderCatalog } from '../catalog.js'
import { fieldDoc, fieldDocKey } from './field-docs.js'
import { VALUE_SOURCE_KINDS } from './vocabulary.js'

type JsonObject = Record<string, unknown>

/** Calls `visit` with each property schema and its path (`secrets[].value{}.env`), depth first. */
export function eachProperty(
  node: unknown,
  visit: (path: string, schema: JsonObject) => void,
  path = '',
): void {
  if (!node || typeof node !== 'object') return
  const n = node as JsonObject
  for (const [key, child] of Object.entries((n.properties as Record<string, unknown>) ?? {})) {
    const childPath = path ? `${path}.${key}` : key
    visit(childPath, child as JsonObject)
    eachProperty(child, visit, childPath)
  }
  if (n.items) eachProperty(n.items, visit, `${path}[]`)
  for (const list of ['anyOf', 'oneOf', 'allOf'])
    for (const branch of (n[list] as unknown[]) ?? []) eachProperty(branch, visit, path)
  if (n.additionalProperties && typeof n.additionalProperties === 'object')
    eachProperty(n.additionalProperties, visit, `${path}{}`)
}

/** Hover text for every property, from the same table the field docs come from. */
export function addDescriptions(schema: JsonObject, catalog: ProviderCatalog): void {
  eachProperty(schema, (path, node) => {
    const text = fieldDoc(fieldDocKey(path), catalog)
    if (text && node.description === undefined) node.description = text
  })
}

/**
 * `uniqueItems` on the lists where the CLI refuses a repeat (the environment lists). Tags, `copy`,
 * duplicate `keys` and `rules.off` are sets to the CLI (a repeat is harmless), so the schema accepts it too.
 */
export function addUniqueItems(schema: JsonObject): void {
  eachProperty(schema, (path, node) => {
    if ((path === 'environments' || path === 'secrets[].environments') && node.type === 'array')
      node.uniqueItems = true
  })
}

/** The scheme rule of provider URLs (zod's url check becomes `format: uri`, which editors do not check). */
export function addUrlSchemes(schema: JsonObject): void {
  eachProperty(schema, (path, node) => {
    if ((path === 'provider.siteUrl' || path === 'provider.apiUrl') && node.type === 'string')
      node.pattern = '^https?://[^/\\s]+'
  })
}

/**
 * What each provider can hold, as `if provider.type is X then …`, from the capabilities table that the
 * semantic checks read: environments required or refused, folders, tags and metadata refused where the
 * provider has none, and what the provider's block adds (`jsonSchema`: one of two fields required).
 */
export function providerConditionals(catalog: ProviderCatalog): JsonObject[] {
  return catalog.providers.map(({ type, capabilities: caps, manifest: block }) => {
    const secret: JsonObject = { properties: {} as JsonObject }
    const secretProps = secret.properties as JsonObject
    const refused: string[] = []
    if (!caps.folders) secretProps.path = { const: '/' }
    if (!caps.tags) refused.push('tags')
    if (!caps.metadata) refused.push('metadata')
    const then: JsonObject = {}
    if (caps.perEnvironmentValues) then.required = ['environments']
    else {
      refused.push('environments')
      then.not = { required: ['environments'] }
      // One source, not a map environment → source.
      secretProps.value = { maxProperties: 1, propertyNames: { enum: [...VALUE_SOURCE_KINDS] } }
      then.properties = { duplicates: { maxItems: 0 } }
    }
    if (refused.length) secret.allOf = refused.map((field) => ({ not: { required: [field] } }))
    then.properties = { ...((then.properties as JsonObject) ?? {}), secrets: { items: secret } }
    if (block.jsonSchema) (then.properties as JsonObject).provider = structuredClone(block.jsonSchema)
    return {
      if: {
        properties: { provider: { properties: { type: { const: type } }, required: ['type'] } },
        required: ['provider'],
      },
      then,
    }
  })
}
