import { z } from 'zod'
import { FOLDER_NAME, normalizePath, parseDuration, trimSecretValue } from './text.js'

/**
 * Request schemas mirroring the OpenAPI seeds. Modern bodies are strict (`additionalProperties: false`);
 * the October-2024 server silently dropped unknown keys, so legacy schemas strip them and leave out the
 * fields that server did not know (`mode`, per-item `secretPath`, `secretMetadata`, `viewSecretValue`).
 * Query strings are never strict: Fastify's querystring schemas strip extras on every version.
 */

const boolString = z.enum(['true', 'false']).transform((v) => v === 'true')
/** Folder listing is looser than secrets listing: it also takes 1/0. */
const boolLoose = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1')
const secretPath = z.string().trim().default('/').transform(normalizePath)
const itemSecretPath = z.string().trim().transform(normalizePath).optional()
const secretValue = z.string().transform(trimSecretValue)
const DAY = 86_400_000

function withoutKeys(keys: string[]) {
  return (v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).filter(([k]) => !keys.includes(k)))
      : v
}

export function buildSchemas(legacy: boolean) {
  const obj = (legacy ? z.object : z.strictObject) as typeof z.object
  /** Keys the October-2024 server did not know: dropped before validation there, as its strip mode did. */
  const newer = <T extends z.ZodType>(schema: T, keys: string[]) =>
    legacy ? z.preprocess(withoutKeys(keys), schema) : schema
  const secretKey = legacy
    ? z.string().trim().min(1)
    : z
        .string()
        .trim()
        .min(1)
        .refine(
          (k) => !k.includes(':') && !k.includes('/'),
          'Secret name cannot contain colon or forward slash.',
        )
  const secretMetadata = z.array(
    obj({
      key: z.string().trim().min(1).max(255),
      value: z.string().trim().max(1020).default(''),
      isEncrypted: z.boolean().default(false),
    }),
  )
  const v4Project = { projectId: z.string().trim() }
  const v3Project = { workspaceId: z.string().trim().optional(), projectSlug: z.string().trim().optional() }

  const createItem = newer(
    obj({
      secretKey,
      secretValue,
      secretComment: z.string().trim().default(''),
      skipMultilineEncoding: z.boolean().nullable().optional(),
      metadata: z.record(z.string(), z.string()).optional(),
      tagIds: z.array(z.string()).optional(),
      secretMetadata: secretMetadata.optional(),
    }),
    ['secretMetadata'],
  )
  const updateFields = {
    secretKey,
    secretValue: legacy ? secretValue : secretValue.optional(),
    secretComment: z.string().trim().optional(),
    skipMultilineEncoding: z.boolean().nullable().optional(),
    newSecretName: secretKey.optional(),
    tagIds: z.array(z.string()).optional(),
    secretReminderNote: z.string().max(1024).nullable().optional(),
    secretReminderRepeatDays: z.number().nullable().optional(),
    secretMetadata: secretMetadata.optional(),
  }
  const mode = { mode: z.enum(['failOnNotFound', 'upsert', 'ignore']).default('failOnNotFound') }
  const common = { environment: z.string().trim(), secretPath }
  const deleteItems = z
    .array(obj({ secretKey: z.string().trim(), type: z.enum(['shared', 'personal']).default('shared') }))
    .min(1)

  const listQuery = {
    environment: z.string().trim().optional(),
    secretPath,
    expandSecretReferences: boolString.optional(),
    recursive: boolString.optional(),
    include_imports: boolString.optional(),
    tagSlugs: z.string().optional(),
    viewSecretValue: boolString.optional(),
    metadataFilter: z.string().optional(),
  }
  const listOnly = ['viewSecretValue', 'metadataFilter']

  const folderName = z
    .string()
    .trim()
    .refine(
      (n) => FOLDER_NAME.test(n),
      'Invalid folder name. Only alphanumeric characters, dashes, and underscores are allowed.',
    )
  const folderBody = {
    environment: z.string().trim(),
    name: folderName,
    path: secretPath,
    description: z.string().nullable().optional(),
  }

  return {
    uaLogin: obj({
      clientId: z.string().trim(),
      clientSecret: z.string().trim(),
      subOrganizationName: z.string().optional(),
    }),
    renew: obj({ accessToken: z.string().trim() }),
    oidcLogin: obj({
      identityId: z.string().trim(),
      jwt: z.string().trim(),
      subOrganizationName: z.string().optional(),
    }),
    listV4: z.object({ projectId: z.string().trim().optional(), ...listQuery }),
    listV3: newer(
      z.object({
        workspaceId: z.string().trim().optional(),
        workspaceSlug: z.string().trim().optional(),
        ...listQuery,
      }),
      listOnly,
    ),
    createV4: obj({ ...v4Project, ...common, secrets: z.array(createItem).min(1) }),
    createV3: obj({ ...v3Project, ...common, secrets: z.array(createItem).min(1) }),
    // POST /api/v3/secrets/raw/:secretName, the single create the official SDK calls; the key is in the path.
    createOneV3: obj({
      ...v3Project,
      ...common,
      secretValue,
      secretComment: z.string().trim().default(''),
      secretReminderNote: z.string().max(1024).nullable().optional(),
      secretReminderRepeatDays: z.number().nullable().optional(),
      skipMultilineEncoding: z.boolean().nullable().optional(),
      tagIds: z.array(z.string()).optional(),
      type: z.enum(['shared', 'personal']).default('shared'),
    }),
    updateV4: obj({
      ...v4Project,
      ...common,
      ...mode,
      // No default per item: an item without secretPath uses the request's (a zod default would force '/').
      secrets: z.array(obj({ ...updateFields, secretPath: itemSecretPath })).min(1),
    }),
    updateV3: newer(
      obj({
        ...v3Project,
        ...common,
        ...mode,
        secrets: z.array(newer(obj(updateFields), ['secretMetadata'])).min(1),
      }),
      ['mode'],
    ),
    // Single-secret PATCH and DELETE of /api/v3/secrets/raw/:secretName (the official SDK's update and
    // delete); the key is in the path. The SDK also sends `metadata`, which the server accepts.
    updateOneV3: obj({
      ...v3Project,
      ...common,
      ...updateFields,
      secretKey: z.undefined().optional(),
      type: z.enum(['shared', 'personal']).default('shared'),
      metadata: z.record(z.string(), z.string()).optional(),
    }),
    deleteOneV3: obj({ ...v3Project, ...common, type: z.enum(['shared', 'personal']).default('shared') }),
    deleteV4: obj({ ...v4Project, ...common, secrets: deleteItems }),
    deleteV3: obj({ ...v3Project, ...common, secrets: deleteItems }),
    duplicate: obj({
      projectId: z.string().trim(),
      sourceEnvironment: z.string().trim(),
      sourceSecretPath: secretPath,
      destinationEnvironment: z.string().trim(),
      destinationSecretPath: secretPath,
      secretIds: z.array(z.guid()).min(1).max(50),
      shouldOverwrite: z.boolean().default(false),
      attributesToCopy: obj({
        value: z.boolean().optional(),
        comment: z.boolean().optional(),
        tags: z.boolean().optional(),
        metadata: z.boolean().optional(),
        skipMultilineEncoding: z.boolean().optional(),
      }).optional(),
    }),
    folderCreateV2: obj({ projectId: z.string().trim(), ...folderBody }),
    folderCreateV1: obj({ workspaceId: z.string().trim(), ...folderBody }),
    folderListV2: z.object({
      projectId: z.string().trim(),
      environment: z.string().trim(),
      // No default in the real schema: a missing path is a validation failure.
      path: z.string().trim().transform(normalizePath),
      recursive: boolLoose.optional(),
    }),
    folderListV1: z.object({
      workspaceId: z.string().trim(),
      environment: z.string().trim(),
      path: secretPath,
      directory: z.string().optional(),
    }),
    shareCreate: shareCreateSchema(obj),
    shareList: z.object({
      offset: z.coerce.number().min(0).max(100).default(0),
      limit: z.coerce.number().min(1).max(100).default(25),
    }),
    shareAccess: obj({ password: z.string().optional() }),
  }
}

function shareCreateSchema(obj: typeof z.object) {
  return obj({
    name: z.string().max(50).optional(),
    password: z.string().optional(),
    secretValue: z.string().max(10_000),
    expiresIn: z.string().default('30d'),
    maxViews: z.number().min(1).optional(),
    accessType: z.enum(['anyone', 'organization']).default('organization'),
    authorizedEmails: z
      .array(z.email())
      .max(100)
      .optional()
      .transform((v) => (v ? [...new Set(v)] : undefined)),
    allowExternalEmails: z.boolean().optional(),
  }).superRefine((data, ctx) => {
    // Same checks and messages as the real router's superRefine.
    const duration = parseDuration(data.expiresIn)
    const issue = (message: string, path: string) => ctx.addIssue({ code: 'custom', message, path: [path] })
    if (duration === undefined) issue('Invalid duration format', 'expiresIn')
    else if (duration > 30 * DAY) issue('Expiration time cannot exceed 30 days', 'expiresIn')
    else if (duration < 5 * 60_000) issue('Expiration time cannot be less than 5 minutes', 'expiresIn')
    if (data.allowExternalEmails && !data.authorizedEmails?.length) {
      issue('Emails are required when allowing external emails', 'authorizedEmails')
    }
    if (data.allowExternalEmails && data.accessType === 'organization') {
      issue(
        'Cannot allow external emails when access is restricted to organization members',
        'allowExternalEmails',
      )
    }
  })
}

export type Schemas = ReturnType<typeof buildSchemas>
