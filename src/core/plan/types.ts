import type { Scope } from '../seam/types.js'

export type ManagedField = 'value' | 'comment' | 'tags' | 'metadata'

export type PlanAction =
  | 'create'
  | 'update'
  | 'unchanged'
  | 'missing'
  | 'remote-only'
  | 'delete'
  | 'blocked'
  | 'duplicate'
  | 'duplicate-skip'
  | 'share'
  | 'share-live'
  /** A live link made with other settings than the manifest now declares; only a new name makes a new one. */
  | 'share-stale'

/** Actions that write when applied. */
export const WRITE_ACTIONS: readonly PlanAction[] = ['create', 'update', 'delete', 'duplicate', 'share']

/**
 * One line of the plan. It never holds a value: values stay in the apply engine's memory, keyed by
 * `scopeKey`, so no renderer can print one by mistake.
 */
export interface PlanItem {
  action: PlanAction
  environment: string
  path: string
  key: string
  /** For update: the fields that differ. */
  changes?: ManagedField[]
  /** Why an item is blocked, or a remark such as "value not checked: DEV_DB is not set". */
  note?: string
  /** false when the value could not be compared (source unavailable or value unreadable). */
  valueChecked?: boolean
  /** The value source is not available now; apply refuses to start while this is set on a write. */
  valueUnavailable?: string
  /**
   * Why a value that could have been compared was not (its source is unavailable in this run, or the
   * server did not return it): the plan cannot say "no changes" for it. Unset where the provider never
   * returns values (the plan's notes say so once).
   */
  uncheckedReason?: string
  /** For duplicate items: where the source secret is and what to copy. Ids and names only. */
  duplicate?: DuplicateSpec
  /** For share and share-live items. */
  share?: ShareSpec
}

export interface DuplicateSpec {
  from: Scope
  sourceId: string
  overwrite: boolean
  copy: ManagedField[]
  /** The destination already has the key (an overwrite). */
  exists: boolean
  /** The source is created or updated by the same apply: apply reads it again after that write. */
  afterWrite?: boolean
}

export interface ShareSpec {
  name: string
  expiresIn: string
  maxViews: number
  access: 'organization' | 'anyone'
  /** Name of the environment variable holding the link's password. */
  passwordEnv?: string
}

/** A created share link. `url` is a credential: masked everywhere but the PR comment and share-links output. */
export interface ShareLink {
  name: string
  url: string
  environment: string
  path: string
  key: string
  expiresIn: string
  maxViews: number
  access: 'organization' | 'anyone'
  /** Whether a password was sent with the link (not whether the manifest names one). */
  passworded: boolean
}

export interface PlanSummary {
  create: number
  update: number
  unchanged: number
  missing: number
  remoteOnly: number
  delete: number
  blocked: number
  duplicate: number
  share: number
  shareStale: number
}

export interface Plan {
  provider: string
  project: string
  items: PlanItem[]
  /** Scopes whose folder must be created before writing. */
  foldersToCreate: Scope[]
  summary: PlanSummary
  hasChanges: boolean
  /** The manifest owns its folders whole (`prune: true`): a remote-only key is drift. */
  prune?: boolean
  /** Plan-wide remarks every renderer shows, e.g. the value policy of a provider that hides values. */
  notes?: string[]
}

export type ItemOutcome = 'applied' | 'failed' | 'pending-approval' | 'skipped'

export interface ApplyResultItem extends PlanItem {
  outcome: ItemOutcome
  reason?: string
}

export interface ApplyReport {
  /** One entry per item of the plan that writes (create, update, delete, duplicate, share). */
  items: ApplyResultItem[]
  failed: number
  applied: number
  pendingApproval: number
  shareLinks: ShareLink[]
}

export function scopeKey(environment: string, path: string, key: string): string {
  return `${environment}\u0000${path}\u0000${key}`
}

/**
 * For scheduled drift checks: anything apply would change, plus what it cannot fix by itself — a
 * declared secret missing remotely, a blocked item, a live share link the manifest now describes
 * differently, and, when the manifest owns its folders whole
 * (`prune: true`), a key nobody declared.
 */
export function hasDrift(plan: Plan): boolean {
  const s = plan.summary
  return (
    plan.hasChanges || s.missing + s.blocked + s.shareStale > 0 || (plan.prune === true && s.remoteOnly > 0)
  )
}
