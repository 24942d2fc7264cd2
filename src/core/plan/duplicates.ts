import type { Manifest } from '../manifest/schema.js'
import type { RemoteSecret, Scope, ScopeListing } from '../seam/types.js'
import { sameMetadata, sameTags } from './compare.js'
import { type ManagedField, type PlanItem, scopeKey } from './types.js'

export interface DuplicatePlanInput {
  rules: Manifest['duplicates']
  /** Listings of every source and destination folder. */
  listings: ReadonlyMap<string, ScopeListing>
  /** scopeKey of every secret the manifest declares: those are managed by `secrets`, not copied. */
  declared: ReadonlySet<string>
  /**
   * What this apply writes through `secrets` before it duplicates, by scopeKey: `create`, or the fields
   * an update changes. A duplicate of such a source is planned after that write, from what it writes.
   */
  written: ReadonlyMap<string, 'create' | readonly ManagedField[]>
  normalizeValue: (value: string) => string
  /** false: the server has no duplicate route and apply copies with batch writes instead. */
  nativeDuplicate: boolean
}

/** duplicates: rules × source and destination folders → duplicate / duplicate-skip / blocked items. */
export function planDuplicates(input: DuplicatePlanInput): { items: PlanItem[]; folders: Scope[] } {
  const items: PlanItem[] = []
  const folders: Scope[] = []
  for (const rule of input.rules) {
    const from = rule.from
    const source = input.listings.get(folderId(from))
    const target = input.listings.get(folderId(rule.to))
    const bySourceKey = new Map((source?.secrets ?? []).map((s) => [s.key, s]))
    const byTargetKey = new Map((target?.secrets ?? []).map((s) => [s.key, s]))
    const keys =
      rule.keys === '*' ? [...bySourceKey.keys(), ...createdIn(from, input.written)].sort() : rule.keys
    const fromLabel = `${from.environment}:${from.path}`
    let writes = 0
    for (const key of keys) {
      const base = { environment: rule.to.environment, path: rule.to.path, key }
      const src = bySourceKey.get(key)
      const pending = input.written.get(scopeKey(from.environment, from.path, key))
      if (input.declared.has(scopeKey(rule.to.environment, rule.to.path, key))) {
        items.push({
          action: 'duplicate-skip',
          ...base,
          note: `from ${fromLabel}: managed by secrets in this manifest`,
        })
      } else if (pending) {
        const item = planAfterWrite(
          src,
          byTargetKey.get(key),
          pending,
          rule,
          base,
          fromLabel,
          input.normalizeValue,
        )
        if (item.action === 'duplicate') writes++
        items.push(item)
      } else if (!src) {
        items.push({
          action: 'blocked',
          ...base,
          note: `duplicate from ${fromLabel}: ${key} does not exist there`,
        })
      } else {
        const item = planOne(src, byTargetKey.get(key), rule, base, fromLabel, input.normalizeValue)
        if (item.action === 'duplicate' && !input.nativeDuplicate)
          item.note += ' (copied with batch writes: this server has no duplicate route)'
        if (item.action === 'duplicate') writes++
        items.push(item)
      }
    }
    if (writes > 0 && target && !target.exists)
      folders.push({ environment: rule.to.environment, path: rule.to.path })
  }
  return { items, folders }
}

/**
 * A duplicate whose source this same apply creates or updates: it runs after that write and copies what
 * the write left (apply reads the source again), so one apply converges.
 */
function planAfterWrite(
  src: RemoteSecret | undefined,
  dst: RemoteSecret | undefined,
  pending: 'create' | readonly ManagedField[],
  rule: Manifest['duplicates'][number],
  base: { environment: string; path: string; key: string },
  fromLabel: string,
  normalize: (v: string) => string,
): PlanItem {
  const verb = pending === 'create' ? 'creates' : 'updates'
  const duplicate = {
    from: rule.from,
    sourceId: src?.id ?? '',
    overwrite: rule.overwrite,
    copy: [...rule.copy],
    exists: Boolean(dst),
    afterWrite: true,
  }
  if (!dst)
    return {
      action: 'duplicate',
      ...base,
      note: `from ${fromLabel}, after this apply ${verb} the source`,
      duplicate,
    }
  if (!rule.overwrite)
    return {
      action: 'duplicate-skip',
      ...base,
      note: `from ${fromLabel}: exists at the destination (overwrite: false)`,
    }
  const changing = pending === 'create' ? rule.copy : pending
  const differs = src ? differences(src, dst, rule.copy, normalize) : rule.copy
  const changes = rule.copy.filter((f) => differs.includes(f) || changing.includes(f))
  if (changes.length === 0)
    return { action: 'duplicate-skip', ...base, note: `from ${fromLabel}: the destination already matches` }
  return {
    action: 'duplicate',
    ...base,
    changes,
    note: `from ${fromLabel}, overwriting after this apply ${verb} the source`,
    duplicate,
  }
}

/**
 * scopeKey of every key a duplicate reads (at its source) or writes (at its destination): those keys
 * belong to the duplicate, so they are neither remote-only nor pruned.
 */
export function duplicateKeys(
  rules: Manifest['duplicates'],
  listings: ReadonlyMap<string, ScopeListing>,
): Set<string> {
  const out = new Set<string>()
  for (const rule of rules) {
    const keys =
      rule.keys === '*' ? (listings.get(folderId(rule.from))?.secrets ?? []).map((s) => s.key) : rule.keys
    for (const key of keys) {
      out.add(scopeKey(rule.from.environment, rule.from.path, key))
      out.add(scopeKey(rule.to.environment, rule.to.path, key))
    }
  }
  return out
}

function planOne(
  src: RemoteSecret,
  dst: RemoteSecret | undefined,
  rule: Manifest['duplicates'][number],
  base: { environment: string; path: string; key: string },
  fromLabel: string,
  normalize: (v: string) => string,
): PlanItem {
  const duplicate = {
    from: rule.from,
    sourceId: src.id,
    overwrite: rule.overwrite,
    copy: [...rule.copy],
    exists: Boolean(dst),
  }
  if (!dst) return { action: 'duplicate', ...base, note: `from ${fromLabel}`, duplicate }
  if (!rule.overwrite)
    return {
      action: 'duplicate-skip',
      ...base,
      note: `from ${fromLabel}: exists at the destination (overwrite: false)`,
    }
  const changes = differences(src, dst, rule.copy, normalize)
  if (changes.length === 0)
    return { action: 'duplicate-skip', ...base, note: `from ${fromLabel}: the destination already matches` }
  return { action: 'duplicate', ...base, changes, note: `from ${fromLabel}, overwriting`, duplicate }
}

function differences(
  src: RemoteSecret,
  dst: RemoteSecret,
  copy: readonly ManagedField[],
  normalize: (v: string) => string,
): ManagedField[] {
  const out: ManagedField[] = []
  if (
    copy.includes('value') &&
    (src.value === undefined || dst.value === undefined || normalize(src.value) !== dst.value)
  )
    out.push('value')
  if (copy.includes('comment') && src.comment !== dst.comment) out.push('comment')
  if (copy.includes('tags') && !sameTags(src.tags, dst.tags)) out.push('tags')
  if (copy.includes('metadata') && !sameMetadata(src.metadata, dst.metadata)) out.push('metadata')
  return out
}

/** Keys this apply creates in a folder, for `keys: '*'` duplicates of it. */
function createdIn(scope: Scope, written: DuplicatePlanInput['written']): string[] {
  const prefix = scopeKey(scope.environment, scope.path, '')
  const out: string[] = []
  for (const [id, what] of written)
    if (what === 'create' && id.startsWith(prefix)) out.push(id.slice(prefix.length))
  return out
}

export function folderId(s: { environment: string; path: string }): string {
  return `${s.environment}\u0000${s.path}`
}
