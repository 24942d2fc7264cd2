import { z } from 'zod'

// The documented form of each reply, the source of truth. The happy path checks replies with the
// zod-free mirror in wire-guards.ts and loads this module only for a reply that fails it (replies.ts).

/**
 * A secret as the list routes return it (v4 and v3 raw share this shape). Only the fields read are
 * checked; optional ones may come as null.
 */
const WireSecretSchema = z.object({
  id: z.string().nullish(),
  _id: z.string().nullish(),
  type: z.string().nullish(),
  secretKey: z.string(),
  secretValue: z.string().nullish(),
  secretComment: z.string().nullish(),
  secretValueHidden: z.boolean().nullish(),
  secretPath: z.string().nullish(),
  tags: z.array(z.object({ slug: z.string() })).nullish(),
  secretMetadata: z.array(z.object({ key: z.string(), value: z.string().nullish() })).nullish(),
  // The October-2024 server's free-form metadata object.
  metadata: z.record(z.string(), z.unknown()).nullish(),
})
export type WireSecret = z.output<typeof WireSecretSchema>

/** `GET /api/v4/secrets` and `GET /api/v3/secrets/raw`. */
export const SecretListReply = z.object({ secrets: z.array(WireSecretSchema) })

/** The universal-auth and OIDC login routes. */
export const LoginReply = z.object({ accessToken: z.string() })

export const ProjectSchema = z.object({
  id: z.string(),
  name: z.string().nullish(),
  environments: z.array(z.object({ slug: z.string() })),
})

/** The project read: wrapped in `{project}` (modern) or `{workspace}` (2024) when read by id, bare by slug. */
export const ProjectReply = {
  project: z.object({ project: ProjectSchema }),
  workspace: z.object({ workspace: ProjectSchema }),
  bare: ProjectSchema,
} as const

export const TagSchema = z.object({ id: z.string(), slug: z.string() })

/** The project's tags, under `tags` (modern) or `workspaceTags` (2024). */
export const TagListReply = {
  tags: z.object({ tags: z.array(TagSchema) }),
  workspaceTags: z.object({ workspaceTags: z.array(TagSchema) }),
} as const

/** A batch write: the secrets written, or an approval request when the folder has a change policy. */
export const BatchReply = z.object({ approval: z.object({ id: z.string().nullish() }).nullish() })

/** A created share link. */
export const CreatedShareReply = z.object({ sharedSecretLink: z.string() })

/** A page of the caller's share links; fields other than these are not read. */
export const ShareListReply = z.object({
  secrets: z.array(
    z.object({
      id: z.string(),
      name: z.string().nullish(),
      expiresAt: z.string(),
      createdAt: z.unknown().optional(),
      accessType: z.unknown().optional(),
      expiresAfterViews: z.unknown().optional(),
    }),
  ),
})
export type ListedShare = z.output<typeof ShareListReply>['secrets'][number]

/** The reply of the duplicate route: a result per source secret, or an approval for the lot. */
export const DuplicateReply = z.object({
  results: z.array(
    z.object({
      sourceSecretId: z.string().nullish(),
      approval: z.object({ id: z.string().nullish() }).nullish(),
    }),
  ),
})

/** An error reply: `message` is a string, or for a 422 the validation issues; `error` names the kind. */
export const ErrorReply = z.object({ message: z.unknown().optional(), error: z.unknown().optional() })

/** One issue of a 422 validation failure; only its path is read (its other fields can echo the input). */
export const ValidationIssue = z.object({ path: z.array(z.union([z.string(), z.number()])) })
