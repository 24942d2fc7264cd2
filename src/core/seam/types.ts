/**
 * The seam between the pure planner and a secrets manager. A provider answers questions about one
 * project and performs one request per call; chunking, ordering and reporting live in the apply engine,
 * so request counts are decided in one place. What a provider can do is data (`capabilities`), read by
 * the planner, the lint rules, error messages and the README table.
 */

import type { ProviderType } from './provider-spec.js'

/** The literal union comes from the providers' folders (provider-spec.ts says how). */
export type { ProviderType } from './provider-spec.js'

export interface ProviderCapabilities {
  /** Several secrets created in one request; `maxBatchSize` items at most per request. */
  batchCreate: boolean
  /** Several secrets updated in one request. */
  batchUpdate: boolean
  maxBatchSize: number
  /**
   * The request body size the server accepts, where it has a limit: the engine fills a batch up to it
   * (and up to `maxBatchSize`), then halves for the rest of the run if the server says "too many".
   */
  maxBatchBytes?: number
  /** Each environment holds its own value (false: the provider has no environments). */
  perEnvironmentValues: boolean
  /** Listing returns values, so the plan can tell whether a value changed. */
  readableValues: boolean
  /** Secrets live in folders (`path`). */
  folders: boolean
  tags: boolean
  metadata: boolean
  comments: boolean
  /** The provider copies secrets between environments itself. */
  nativeDuplicate: boolean
  shares: boolean
  /** Listing is paginated (more than one request per scope for big projects). */
  pagination: boolean
  /**
   * One remote secret holds the values of every environment: a write for one environment
   * rewrites the whole record, so the engine hands such providers all changes at once (`writeProject`).
   */
  projectLevelSecrets: boolean
}

export interface Scope {
  environment: string
  path: string
}

export interface RemoteSecret {
  id: string
  environment: string
  path: string
  key: string
  /** undefined when the provider does not let us read it (hidden or write-only). */
  value: string | undefined
  comment: string
  tags: string[]
  metadata: Record<string, string>
}

export interface ScopeListing {
  scope: Scope
  /** false when the folder (or environment) does not exist yet. */
  exists: boolean
  secrets: RemoteSecret[]
}

export interface ProjectInfo {
  id: string
  name: string
  environments: string[]
  /** Tag slug -> id, for providers with tags. */
  tags: Map<string, string>
}

/** One secret to write. Absent fields are left unchanged by an update. */
export interface SecretWrite {
  key: string
  value?: string
  comment?: string
  tags?: string[]
  metadata?: Record<string, string>
}

/** What the server did with a write request that did not fail. */
export type WriteResult = { status: 'applied' } | { status: 'pending-approval'; approvalId: string }

export interface DuplicateRequest {
  from: Scope
  to: Scope
  sourceIds: string[]
  overwrite: boolean
  copy: ('value' | 'comment' | 'tags' | 'metadata')[]
}

export interface ShareRequest {
  name: string
  value: string
  expiresIn: string
  maxViews: number
  access: 'organization' | 'anyone'
  password?: string
}

export interface LiveShare {
  id: string
  name: string
  expiresAt: string
  /** What the live link was made with, where the server says (compared with the manifest's share). */
  createdAt?: string
  access?: 'organization' | 'anyone'
  /** Views left before the link expires; null: no view limit. */
  viewsLeft?: number | null
}

export interface Provider {
  readonly type: ProviderType
  readonly capabilities: ProviderCapabilities
  /** Authenticates and reads the project (environments, tags). */
  connect(options?: { tags?: boolean }): Promise<ProjectInfo>
  list(scope: Scope): Promise<ScopeListing>
  /** With `capabilities.folders`: every secret in the folder and the folders below it (import, diff). */
  listTree?(scope: Scope): Promise<RemoteSecret[]>
  /** Several scopes with as few requests as the server allows; one listing per scope, in order. */
  listScopes?(scopes: readonly Scope[]): Promise<ScopeListing[]>
  /** The value as the server will store it, so the plan compares like with like (a server may trim). */
  normalizeValue(value: string): string
  ensureFolder(scope: Scope): Promise<void>
  create(scope: Scope, secrets: SecretWrite[]): Promise<WriteResult>
  update(scope: Scope, secrets: SecretWrite[]): Promise<WriteResult>
  delete(scope: Scope, keys: string[]): Promise<WriteResult>
  /** With `capabilities.nativeDuplicate`: one request; a result per source id, in order. */
  duplicate?(request: DuplicateRequest): Promise<WriteResult[]>
  /** With `capabilities.shares`: the caller's live share links, and creating one. */
  listShares?(): Promise<LiveShare[]>
  createShare?(request: ShareRequest): Promise<{ url: string }>
  /** The link of a listed share, where the provider can rebuild it (a create whose reply was lost). */
  shareLink?(share: LiveShare): string
  /**
   * With `capabilities.projectLevelSecrets`: every create, update and delete of the plan in one call, so
   * environments that share a value go in one request. One result per change, in order.
   */
  writeProject?(changes: readonly ProjectChange[]): Promise<ChangeResult[]>
  close(): Promise<void>
}

/** One planned write and the (environment, path) it is for. `secret` carries only the key for deletes. */
export interface ProjectChange {
  action: 'create' | 'update' | 'delete'
  scope: Scope
  secret: SecretWrite
}

export type ChangeResult = WriteResult | { status: 'failed'; reason: string }

/** An error whose message is safe to show: it names the operation and the cause, never a value or a token. */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    /** true when the server may have applied the request (the connection broke after it was sent). */
    readonly outcomeUnknown = false,
    /** true when no answer came at all (refused, no such host, timed out, connection dropped). */
    readonly unreachable = false,
  ) {
    super(message)
    this.name = 'ProviderError'
  }
}

/** The server refused a batch for its size (too many items or too large a body); nothing was written. */
export class BatchTooLarge extends ProviderError {}

/** The server lacks a route the capability promised (an older version); the caller may emulate it. */
export class UnsupportedOperation extends ProviderError {}
