import type { RemoteSecret, Scope, ScopeListing } from '../../providers/types.js'
import type { Manifest } from '../manifest/schema.js'
import { sameMetadata, sameTags } from './compare.js'
import { type ManagedField, type PlanItem, scopeKey } from './types.js'

export interface DuplicatePlanInput {
  rules: Manifest['duplicates']
  /** Listings of every source and destination folder. */
  listings: ReadonlyMap<string, ScopeListing>
  /** scopeKey of every secret the manifest declares: those are managed by `secrets`, not copied. */
  declared: ReadonlySet<string>
  /** scopeKey of every secret this apply creates: a duplicate of one waits for the next apply. */
  created: ReadonlySet<string>
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
    const keys = rule.keys === '*' ? [...bySourceKey.keys()].sort() : rule.keys
    const fromLabel = `${from.environment}:${from.path}`
    let writes = 0
    for (const key of keys) {
      const base = { environment: rule.to.environment, path: rule.to.path, key }
      const src = bySourceKey.get(key)
      if (input.declared.has(scopeKey(rule.to.environment, rule.to.path, key))) {
        items.push({
          action: 'duplicate-skip',
          ...base,
          note: `from ${fromLabel}: managed by secrets in this manifest`,
        })
      } else if (!src && input.created.has(scopeKey(from.environment, from.path, key))) {
        items.push({
          action: 'duplicate-skip',
          ...base,
          note: `from ${fromLabel}: the source is created by this apply; the next apply duplicates it`,
        })
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

export function folderId(s: { environment: string; path: string }): string {
  return `${s.environment}\u0000${s.path}`
}
