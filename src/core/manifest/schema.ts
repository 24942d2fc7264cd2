import { z } from 'zod'
import type { ProviderCatalog } from '../catalog.js'
import type { ProviderConfig } from '../seam/provider-spec.js'
import {
  DUPLICATE_ATTRIBUTES,
  DURATION,
  ENV_VAR,
  FOLDER_PATH,
  GENERATE_CHARSETS,
  GENERATE_LENGTH,
  METADATA_KEY_MAX,
  METADATA_VALUE_MAX,
  SHARE_ACCESS,
  SHARE_DEFAULTS,
  SHARE_NAME_MAX,
  TAG_SLUG,
} from './vocabulary.js'

export type { ProviderConfig } from '../seam/provider-spec.js'
export { DUPLICATE_ATTRIBUTES, GENERATE_CHARSETS, VALUE_SOURCE_KINDS } from './vocabulary.js'

/**
 * secrets.yaml v1. Objects are strict so that a typo ("enviroments") is an error with a position, not a
 * silently ignored field. Absent optional fields mean "not managed": apply leaves them as they are remotely.
 */

const folderPath = z.string().regex(FOLDER_PATH, {
  message: "path must start with '/', use only letters, digits, '-' and '_' per folder, and not end with '/'",
})

const environmentName = z.string().min(1)

export const ValueSourceSchema = z.union(
  [
    // An empty env or file value counts as missing (GitHub gives "" for a secret the job cannot see);
    // allowEmpty: true says an empty value is meant.
    z.strictObject({
      env: z.string().regex(ENV_VAR, { message: 'env must name an environment variable' }),
      allowEmpty: z.boolean().optional(),
    }),
    z.strictObject({ literal: z.string() }),
    z.strictObject({ file: z.string().min(1), allowEmpty: z.boolean().optional() }),
    z.strictObject({
      generate: z.strictObject({
        length: z.int().min(GENERATE_LENGTH.min).max(GENERATE_LENGTH.max).default(GENERATE_LENGTH.default),
        charset: z.enum(GENERATE_CHARSETS).default('alphanumeric'),
      }),
    }),
  ],
  {
    error:
      'a value source is one of { env: NAME }, { literal: TEXT }, { file: PATH } or { generate: {...} } (env and file also take allowEmpty: true)',
  },
)
export type ValueSource = z.infer<typeof ValueSourceSchema>

/** Either one source for every environment, or a map environment -> source. */
export const SecretValueSchema = z.union([ValueSourceSchema, z.record(environmentName, ValueSourceSchema)], {
  error:
    'value is a source ({ env: NAME }, { literal: TEXT }, { file: PATH }, { generate: {...} }; env and file also take allowEmpty: true) or a map of environment -> source',
})

export const SecretSchema = z.strictObject({
  key: z.string().min(1),
  path: folderPath.default('/'),
  comment: z.string().optional(),
  tags: z
    .array(
      z.string().regex(TAG_SLUG, {
        message: 'tag slugs are lower-case words joined by - or _',
      }),
    )
    .optional(),
  metadata: z.record(z.string().min(1).max(METADATA_KEY_MAX), z.string().max(METADATA_VALUE_MAX)).optional(),
  environments: z.array(environmentName).min(1).optional(),
  value: SecretValueSchema.optional(),
})
export type SecretEntry = z.infer<typeof SecretSchema>

export const RulesSchema = z.strictObject({
  key: z
    .strictObject({ pattern: z.string().min(1).optional(), maxLength: z.int().min(1).optional() })
    .optional(),
  prefixes: z.record(folderPath, z.string().min(1)).optional(),
  off: z.array(z.string().min(1)).optional(),
})

const location = z.strictObject({ environment: environmentName, path: folderPath.default('/') })

export const DuplicateSchema = z.strictObject({
  from: location,
  to: location,
  keys: z.union([z.literal('*'), z.array(z.string().min(1)).min(1)]),
  overwrite: z.boolean().default(false),
  copy: z
    .array(z.enum(DUPLICATE_ATTRIBUTES))
    .min(1)
    .default([...DUPLICATE_ATTRIBUTES]),
})

export const ShareSchema = z.strictObject({
  name: z.string().min(1).max(SHARE_NAME_MAX),
  secret: z.strictObject({
    key: z.string().min(1),
    environment: environmentName,
    path: folderPath.default('/'),
  }),
  expiresIn: z
    .string()
    .regex(DURATION, { message: "expiresIn is a number and a unit: '30m', '24h', '7d', '1w'" })
    .default(SHARE_DEFAULTS.expiresIn),
  maxViews: z.int().min(1).default(SHARE_DEFAULTS.maxViews),
  access: z.enum(SHARE_ACCESS).default(SHARE_DEFAULTS.access),
  password: z.strictObject({ env: z.string().min(1) }).optional(),
})

const manifestShape = {
  version: z.literal(1, { error: 'version must be 1' }),
  // Each provider's own block (its folder's manifest.ts); manifestSchema puts the union here.
  provider: z.custom<ProviderConfig>(),
  // Required for providers with environments and refused for the others; semantics.ts says which,
  // with a position. [] means "not given".
  environments: z
    .array(environmentName)
    .min(1)
    .optional()
    .transform((v) => v ?? []),
  rules: RulesSchema.optional(),
  secrets: z.array(SecretSchema).default([]),
  duplicates: z.array(DuplicateSchema).default([]),
  shares: z.array(ShareSchema).default([]),
  prune: z.boolean().default(false),
}
const ManifestShape = z.strictObject(manifestShape)
export type Manifest = z.infer<typeof ManifestShape>

export interface ManifestSchemas {
  /** The `provider:` block of every provider of the catalog, told apart by `type`. */
  provider: z.ZodType<ProviderConfig>
  manifest: z.ZodType<Manifest>
}

const built = new WeakMap<ProviderCatalog, ManifestSchemas>()

/** secrets.yaml v1 for the providers of `catalog`, built once per catalog. */
export function manifestSchemas(catalog: ProviderCatalog): ManifestSchemas {
  const known = built.get(catalog)
  if (known) return known
  const blocks = catalog.providers.map((p) => p.manifest.schema(z)) as [z.ZodObject, ...z.ZodObject[]]
  const provider = z.discriminatedUnion('type', blocks, {
    error: `provider.type must be one of: ${catalog.providers.map((p) => p.type).join(', ')}`,
  }) as unknown as z.ZodType<ProviderConfig>
  // The block takes the place of the placeholder, so the manifest's fields keep their order.
  const manifest = z.strictObject({ ...manifestShape, provider }) as unknown as z.ZodType<Manifest>
  const schemas = { provider, manifest }
  built.set(catalog, schemas)
  return schemas
}

/** The manifest's zod schema for the providers of `catalog`. */
export const manifestSchema = (catalog: ProviderCatalog) => manifestSchemas(catalog).manifest
