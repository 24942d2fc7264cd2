import { z } from 'zod'
import type { RemoteSecret, Scope } from '../../core/seam/types.js'
import { parseReply } from '../reply.js'

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

const ProjectSchema = z.object({
  id: z.string(),
  name: z.string().nullish(),
  environments: z.array(z.object({ slug: z.string() })),
})

/** The project read: wrapped in `{project}` (modern) or `{workspace}` (2024) when read by id, bare by slug. */
const ProjectReply = {
  project: z.object({ project: ProjectSchema }),
  workspace: z.object({ workspace: ProjectSchema }),
  bare: ProjectSchema,
} as const

export function parseProject(
  json: unknown,
  wrapper: 'project' | 'workspace' | undefined,
  route: string,
  operation: string,
): z.output<typeof ProjectSchema> {
  const reply = parseReply(ProjectReply[wrapper ?? 'bare'], json, route, operation)
  return 'project' in reply ? reply.project : 'workspace' in reply ? reply.workspace : reply
}

const TagSchema = z.object({ id: z.string(), slug: z.string() })

/** The project's tags, under `tags` (modern) or `workspaceTags` (2024). */
const TagListReply = {
  tags: z.object({ tags: z.array(TagSchema) }),
  workspaceTags: z.object({ workspaceTags: z.array(TagSchema) }),
} as const

export function parseTags(
  json: unknown,
  field: 'tags' | 'workspaceTags',
  route: string,
  operation: string,
): z.output<typeof TagSchema>[] {
  const reply = parseReply(TagListReply[field], json, route, operation)
  return 'tags' in reply ? reply.tags : reply.workspaceTags
}

/** A batch write: the secrets written, or an approval request when the folder has a change policy. */
export const BatchReply = z.object({ approval: z.object({ id: z.string().nullish() }).nullish() })

/** A created share link. */
export const CreatedShareReply = z.object({ sharedSecretLink: z.string() })

export function toRemoteSecret(s: WireSecret, scope: Scope): RemoteSecret {
  const metadata: Record<string, string> = {}
  if (s.secretMetadata) for (const m of s.secretMetadata) metadata[m.key] = m.value ?? ''
  else if (s.metadata)
    for (const [key, value] of Object.entries(s.metadata)) metadata[key] = String(value ?? '')
  return {
    id: String(s.id ?? s._id ?? ''),
    environment: scope.environment,
    path: s.secretPath ?? scope.path,
    key: s.secretKey,
    value: s.secretValueHidden ? undefined : (s.secretValue ?? ''),
    comment: s.secretComment ?? '',
    tags: (s.tags ?? []).map((t) => t.slug).sort(),
    metadata,
  }
}

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
