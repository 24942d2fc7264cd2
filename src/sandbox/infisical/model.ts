import type { OidcBinding, Role } from './types.js'

/** Records held by SandboxState. Secret and folder records are replaced, never mutated, so a transaction
 * can roll back by restoring the previous maps. */

export interface Identity {
  id: string
  name: string
  orgId: string
  role: Role
  canReadValues: boolean
  clientId?: string
  clientSecret?: string
  accessTokenTTL: number
  oidc?: OidcBinding
  lockout: { failures: number; windowEndsAt: number; lockedUntil: number }
}

export interface Environment {
  id: string
  slug: string
  name: string
  position: number
}

export interface Tag {
  id: string
  slug: string
  name: string
  color: string | null
  projectId: string
  createdAt: string
  updatedAt: string
}

export interface Project {
  id: string
  slug: string
  name: string
  orgId: string
  autoCapitalization: boolean
  environments: Environment[]
  tags: Tag[]
  members: Set<string>
  createdAt: string
  updatedAt: string
}

export interface Folder {
  id: string
  name: string
  parentId: string | null
  envId: string
  envSlug: string
  projectId: string
  version: number
  description: string | null
  createdAt: string
  updatedAt: string
}

export interface SecretMetadataEntry {
  key: string
  value: string
  isEncrypted: boolean
}

export interface StoredSecret {
  id: string
  projectId: string
  envSlug: string
  folderId: string
  key: string
  value: string
  comment: string
  version: number
  skipMultilineEncoding: boolean | null
  tagIds: string[]
  secretMetadata: SecretMetadataEntry[]
  /** The older free-form `metadata` record some create routes accept. */
  metadata: Record<string, string> | null
  reminderNote: string | null
  reminderRepeatDays: number | null
  createdAt: string
  updatedAt: string
}

/** What tests see from `listSecrets`: the stored record with tags as slugs and metadata as a record. */
export interface SecretSnapshot {
  id: string
  key: string
  value: string
  comment: string
  version: number
  environment: string
  path: string
  tags: string[]
  metadata: Record<string, string>
  secretMetadata: SecretMetadataEntry[]
  skipMultilineEncoding: boolean | null
  createdAt: string
  updatedAt: string
}

export interface ApprovalPolicy {
  id: string
  projectId: string
  environment: string
  path?: string
  bypassForMachineIdentities: boolean
}

export interface ApprovalRecord {
  id: string
  policyId: string
  slug: string
  projectId: string
  environment: string
  secretPath: string
  folderId: string
  operation: 'create' | 'update' | 'delete' | 'duplicate'
  keys: string[]
  createdAt: string
}

export interface Share {
  id: string
  orgId: string
  identityId: string
  name: string | null
  secretValue: string
  password: string | null
  expiresAt: number
  expiresAfterViews: number | null
  accessType: 'anyone' | 'organization'
  authorizedEmails: string[] | null
  allowExternalEmails: boolean
  createdAt: number
  updatedAt: number
  lastViewedAt: number | null
  clientIp: string
}
