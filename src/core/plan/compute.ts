import type { Manifest } from '../manifest/schema.js'
import type { LiveShare, RemoteSecret, Scope, ScopeListing } from '../seam/types.js'
import { sameMetadata, sameTags } from './compare.js'
import type { DesiredSecret } from './desired.js'
import { duplicateKeys, folderId, planDuplicates } from './duplicates.js'
import { planShares } from './shares.js'
import { type ManagedField, type Plan, type PlanItem, type PlanSummary, scopeKey } from './types.js'
import { applyValuePolicy, type UpdateValues, valuePolicyNote } from './value-policy.js'

export interface PlanInput {
  provider: string
  /** How the provider is named to people (the value-policy note); default its type. */
  providerName?: string
  project: string
  desired: readonly DesiredSecret[]
  listings: readonly ScopeListing[]
  /** The value as the provider will store it. */
  normalizeValue: (value: string) => string
  /** Tag slugs that exist remotely; undefined when the provider has no tags. */
  knownTags?: ReadonlySet<string>
  /** Manifest says `prune: true`. */
  prune: boolean
  /** The caller passed allow-delete. */
  allowDelete: boolean
  /** Set for providers whose values cannot be read: what to do with existing values (value-policy.ts). */
  valuePolicy?: UpdateValues
  /** Folders read only as duplicate sources/destinations or share sources: no remote-only report. */
  extraListings?: readonly ScopeListing[]
  duplicates?: Manifest['duplicates']
  nativeDuplicate?: boolean
  shares?: {
    rules: Manifest['shares']
    live: readonly LiveShare[] | undefined
    unsupported?: string
    envValue: (name: string) => string | undefined
    now: number
  }
}

/**
 * desired × remote → plan. Pure: the same inputs always give the same plan, in manifest order, then
 * remote-only keys sorted. It decides, it never prints: values are compared here and dropped.
 */
export function computePlan(input: PlanInput): Plan {
  const items: PlanItem[] = []
  const byScope = new Map(
    input.listings.map((l) => [
      scopeId(l.scope),
      { listing: l, byKey: new Map(l.secrets.map((s) => [s.key, s])), twice: keysHeldTwice(l.secrets) },
    ]),
  )
  const declared = new Set<string>()
  const foldersToCreate = new Map<string, Scope>()

  const knownTags = input.knownTags
  // Remote secrets found under their own scope and key by a declaration: when that is all of them, no
  // remote secret is remote-only, and the check of each one below is skipped.
  let declaredRemotes = 0
  for (const d of input.desired) {
    const scope = scopeId(d)
    declared.add(`${scope}\u0000${d.key}`)
    const found = byScope.get(scope)
    const listing = found?.listing
    const remote = found?.byKey.get(d.key)
    if (remote && remote.environment === d.environment && remote.path === d.path) declaredRemotes++
    const base = { environment: d.environment, path: d.path, key: d.key }
    const unknownTags = d.tags && knownTags ? d.tags.filter((t) => !knownTags.has(t)) : NO_TAGS
    if (unknownTags.length > 0) {
      const note = `tag${unknownTags.length > 1 ? 's' : ''} ${unknownTags.map((t) => `'${t}'`).join(', ')} not found in the project; create ${unknownTags.length > 1 ? 'them' : 'it'} first`
      items.push({ action: 'blocked', ...base, note })
      continue
    }
    if (!remote) {
      if (d.value.kind === 'none') {
        items.push({
          action: 'missing',
          ...base,
          note: 'declared without a value source and absent remotely',
        })
        continue
      }
      if (listing && !listing.exists) foldersToCreate.set(scope, { environment: d.environment, path: d.path })
      // Built whole, not spread from `base`: one item per secret and environment, in the usual key order.
      items.push(
        withValueState({ action: 'create', environment: d.environment, path: d.path, key: d.key }, d),
      )
      continue
    }
    const copies = found?.twice.get(d.key)
    if (copies?.some((c) => changedFields(d, c, input.normalizeValue).length > 0)) {
      // Each apply would update one copy and the next plan compare the other: report it instead.
      const note = `duplicate-remote: the server holds ${d.key} ${copies.length} times in ${d.environment}:${d.path}; delete the extra copies in the UI`
      items.push({ action: 'blocked', ...base, note })
      continue
    }
    const changes = changedFields(d, remote, input.normalizeValue)
    const { environment, path, key } = d
    const item = withValueState(
      changes.length > 0
        ? { action: 'update', environment, path, key, changes }
        : { action: 'unchanged', environment, path, key },
      d,
      remote,
    )
    items.push(applyValuePolicy(item, d, remote, input.valuePolicy))
  }

  const all = new Map([...input.listings, ...(input.extraListings ?? [])].map((l) => [folderId(l.scope), l]))
  // Keys a duplicate reads or writes are managed by that duplicate: never remote-only, never pruned.
  const copied = duplicateKeys(input.duplicates ?? [], all)
  // Each declaration counted once (no two share a scope and key), each remote secret found once.
  const allDeclared =
    declared.size === input.desired.length &&
    declaredRemotes === input.listings.reduce((n, l) => n + l.secrets.length, 0)
  const remoteOnly = (allDeclared ? [] : input.listings.flatMap((l) => l.secrets))
    .filter(
      (s) =>
        !declared.has(`${scopeId(s)}\u0000${s.key}`) && !copied.has(scopeKey(s.environment, s.path, s.key)),
    )
    .sort((a, b) => (scopeId(a) + a.key < scopeId(b) + b.key ? -1 : 1))
  for (const s of remoteOnly) {
    const base = { environment: s.environment, path: s.path, key: s.key }
    if (input.prune && input.allowDelete)
      items.push({ action: 'delete', ...base, note: 'not declared; prune is on' })
    else if (input.prune)
      items.push({ action: 'remote-only', ...base, note: 'prune is on: apply deletes it with allow-delete' })
    else items.push({ action: 'remote-only', ...base })
  }
  if (input.duplicates?.length) {
    // What this apply writes before it duplicates: a duplicate of one is planned after that write.
    const written = new Map<string, 'create' | ManagedField[]>()
    for (const i of items) {
      const id = scopeKey(i.environment, i.path, i.key)
      if (i.action === 'create') written.set(id, 'create')
      else if (i.action === 'update') written.set(id, i.changes ?? [])
    }
    const dup = planDuplicates({
      rules: input.duplicates,
      listings: all,
      declared,
      written,
      normalizeValue: input.normalizeValue,
      nativeDuplicate: input.nativeDuplicate ?? true,
    })
    items.push(...dup.items)
    for (const f of dup.folders) foldersToCreate.set(scopeId(f), f)
  }
  if (input.shares?.rules.length) {
    const declaredWithValue = new Set(
      input.desired.filter((d) => d.value.kind !== 'none').map((d) => scopeKey(d.environment, d.path, d.key)),
    )
    items.push(
      ...planShares({ ...input.shares, providerType: input.provider, listings: all, declaredWithValue }),
    )
  }
  const summary = summarize(items)
  return {
    provider: input.provider,
    project: input.project,
    items,
    foldersToCreate: [...foldersToCreate.values()],
    summary,
    hasChanges: summary.create + summary.update + summary.delete + summary.duplicate + summary.share > 0,
    prune: input.prune,
    ...(input.valuePolicy
      ? { notes: [valuePolicyNote(input.providerName ?? input.provider, input.valuePolicy)] }
      : {}),
  }
}

function changedFields(
  d: DesiredSecret,
  remote: RemoteSecret,
  normalize: (v: string) => string,
): ManagedField[] {
  const changes: ManagedField[] = []
  if (d.value.kind === 'known' && remote.value !== undefined && normalize(d.value.value) !== remote.value)
    changes.push('value')
  if (d.comment !== undefined && d.comment.trim() !== remote.comment.trim()) changes.push('comment')
  if (d.tags !== undefined && !sameTags(d.tags, remote.tags)) changes.push('tags')
  if (d.metadata !== undefined && !sameMetadata(d.metadata, remote.metadata)) changes.push('metadata')
  return changes
}

/** Marks whether the value was compared, and why not. */
function withValueState(item: PlanItem, d: DesiredSecret, remote?: RemoteSecret): PlanItem {
  switch (d.value.kind) {
    case 'unavailable':
      return {
        ...item,
        valueChecked: false,
        valueUnavailable: d.value.reason,
        uncheckedReason: d.value.reason,
        note: `value not checked: ${d.value.reason}`,
      }
    case 'generate':
      return remote
        ? { ...item, note: 'generated value: kept as it is' }
        : { ...item, note: 'value generated on apply' }
    case 'known':
      if (remote && remote.value === undefined)
        return {
          ...item,
          valueChecked: false,
          uncheckedReason: 'the server did not return the value',
          note: 'value not checked: not readable',
        }
      return item
    case 'none':
      return remote ? { ...item, note: 'presence check: exists' } : item
  }
}

/** Every copy of each key that a listing holds more than once (some servers allow it). */
function keysHeldTwice(secrets: readonly RemoteSecret[]): Map<string, RemoteSecret[]> {
  const seen = new Set<string>()
  const twice = new Map<string, RemoteSecret[]>()
  for (const s of secrets) {
    if (seen.has(s.key)) twice.set(s.key, [])
    seen.add(s.key)
  }
  if (twice.size > 0) for (const s of secrets) twice.get(s.key)?.push(s)
  return twice
}

/** For desired secrets without tags, or when the provider has none: nothing is ever added to it. */
const NO_TAGS: readonly string[] = []

function scopeId(s: { environment: string; path: string }): string {
  return `${s.environment}\u0000${s.path}`
}

/** The summary's count for each action; the others (a duplicate skipped, a live share) are not counted. */
const SUMMARY_FIELD: Partial<Record<PlanItem['action'], keyof PlanSummary>> = {
  create: 'create',
  update: 'update',
  unchanged: 'unchanged',
  missing: 'missing',
  'remote-only': 'remoteOnly',
  delete: 'delete',
  blocked: 'blocked',
  duplicate: 'duplicate',
  share: 'share',
  'share-stale': 'shareStale',
}

/** Items by action, counted in one pass (a plan holds one item per secret and environment). */
export function summarize(items: readonly PlanItem[]): PlanSummary {
  const summary: PlanSummary = {
    create: 0,
    update: 0,
    unchanged: 0,
    missing: 0,
    remoteOnly: 0,
    delete: 0,
    blocked: 0,
    duplicate: 0,
    share: 0,
    shareStale: 0,
  }
  for (const item of items) {
    const field = SUMMARY_FIELD[item.action]
    if (field) summary[field]++
  }
  return summary
}
