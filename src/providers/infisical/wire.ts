import { z } from 'zod'
import type { RemoteSecret, Scope } from '../../core/seam/types.js'

/** A secret as the list routes return it (v4 and v3 raw share this shape; api §5.1 and §17). */
export interface WireSecret {
  id?: string
  _id?: string
  type?: string
  secretKey: string
  secretValue?: string
  secretComment?: string
  secretValueHidden?: boolean
  secretPath?: string
  tags?: { slug?: string }[]
  secretMetadata?: { key: string; value?: string }[]
  metadata?: Record<string, string> | null
}

export function toRemoteSecret(s: WireSecret, scope: Scope): RemoteSecret {
  const metadata: Record<string, string> = {}
  if (Array.isArray(s.secretMetadata)) for (const m of s.secretMetadata) metadata[m.key] = m.value ?? ''
  else if (s.metadata && typeof s.metadata === 'object') Object.assign(metadata, s.metadata)
  return {
    id: String(s.id ?? s._id ?? ''),
    environment: scope.environment,
    path: s.secretPath ?? scope.path,
    key: s.secretKey,
    value: s.secretValueHidden ? undefined : (s.secretValue ?? ''),
    comment: s.secretComment ?? '',
    tags: (s.tags ?? []).map((t) => String(t.slug)).sort(),
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
