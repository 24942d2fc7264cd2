import type { ProjectChange } from '../../core/seam/types.js'
import type { WireSecret, WireValue } from './wire.js'

/** One `POST …/secret`: these secrets, each with its one value, into every listed environment. */
export interface CreateRequest {
  environments: string[]
  secrets: { key: string; value: string; note?: string; type: 'runtime'; dataType: 'text' }[]
  /** Indexes of the changes this request carries. */
  changes: number[]
}

/** One `PUT …/secret/{id}` with the full `values[]`, or a DELETE when no value would remain. */
export interface RecordWrite {
  id: string
  key: string
  body?: PutBody
  changes: number[]
}

export interface PutBody {
  name: string
  note?: string
  type: 'runtime' | 'build'
  dataType: 'text' | 'json'
  values: WireValue[]
}

/** A new key whose environments do not all share one value: created with one group, then PUT. */
export interface FollowUp {
  key: string
  values: Map<string, string>
  note?: string
  changes: number[]
}

export interface WritePlan {
  creates: CreateRequest[]
  followUps: FollowUp[]
  writes: RecordWrite[]
  failed: { change: number; reason: string }[]
}

const KEY = /^[A-Za-z0-9_-]{2,48}$/
export const MAX_VALUE = 65_536
export const MAX_NOTE = 255

/**
 * Turns the plan's per-environment changes into the fewest Enkryptify requests:
 * new keys go into one POST per set of environments that share a value (chunked), every existing key
 * gets exactly one PUT whose `values[]` is rebuilt from `snapshot` (so other environments, and the
 * caller's personal values, are kept), and a key left with no value at all is deleted. Pure.
 */
export function planWrites(
  changes: readonly ProjectChange[],
  snapshot: readonly WireSecret[],
  environmentIds: ReadonlyMap<string, string>,
  maxBatch: number,
): WritePlan {
  const plan: WritePlan = { creates: [], followUps: [], writes: [], failed: [] }
  const byKey = new Map<string, number[]>()
  changes.forEach((c, i) => {
    const problem = invalid(c, environmentIds)
    if (problem) plan.failed.push({ change: i, reason: problem })
    else byKey.set(c.secret.key, [...(byKey.get(c.secret.key) ?? []), i])
  })
  const existing = new Map(snapshot.map((s) => [s.name, s]))
  const createGroups = new Map<string, CreateRequest>()

  for (const [key, indexes] of byKey) {
    const remote = existing.get(key)
    const note = indexes.map((i) => changes[i]!.secret.comment).find((c) => c !== undefined)
    if (remote) {
      plan.writes.push(rewrite(remote, indexes, changes, environmentIds, note))
      continue
    }
    const creates = indexes.filter((i) => changes[i]!.action === 'create')
    for (const i of indexes.filter((i) => changes[i]!.action !== 'create'))
      plan.failed.push({ change: i, reason: `${key} no longer exists in Enkryptify; run plan again` })
    if (creates.length === 0) continue
    // Environments grouped by value; the biggest group is created in the POST, the rest PUT after it.
    const byValue = new Map<string, number[]>()
    for (const i of creates) {
      const value = changes[i]!.secret.value!
      byValue.set(value, [...(byValue.get(value) ?? []), i])
    }
    const groups = [...byValue.entries()].sort((a, b) => b[1].length - a[1].length)
    const [value, first] = groups[0]!
    const envs = first.map((i) => environmentIds.get(changes[i]!.scope.environment)!).sort()
    const id = envs.join(',')
    const request = createGroups.get(id) ?? { environments: envs, secrets: [], changes: [] }
    createGroups.set(id, request)
    request.secrets.push({
      key,
      value,
      ...(note !== undefined ? { note } : {}),
      type: 'runtime',
      dataType: 'text',
    })
    request.changes.push(...first)
    if (groups.length > 1) {
      const rest = groups.slice(1).flatMap(([, is]) => is)
      const values = new Map(
        rest.map((i) => [environmentIds.get(changes[i]!.scope.environment)!, changes[i]!.secret.value!]),
      )
      plan.followUps.push({ key, values, ...(note !== undefined ? { note } : {}), changes: rest })
    }
  }
  for (const request of createGroups.values()) {
    for (let i = 0; i < request.secrets.length; i += maxBatch) {
      const secrets = request.secrets.slice(i, i + maxBatch)
      const keys = new Set(secrets.map((s) => s.key))
      plan.creates.push({
        environments: request.environments,
        secrets,
        changes: request.changes.filter((c) => keys.has(changes[c]!.secret.key)),
      })
    }
  }
  return plan
}

/** The PUT (or DELETE) for a key that exists: the snapshot's values with this run's changes applied. */
function rewrite(
  remote: WireSecret,
  indexes: number[],
  changes: readonly ProjectChange[],
  environmentIds: ReadonlyMap<string, string>,
  note: string | undefined,
): RecordWrite {
  let values = remote.values.map((v) => ({ ...v }))
  for (const i of indexes) {
    const { action, scope, secret } = changes[i]!
    const envId = environmentIds.get(scope.environment)!
    const shared = values.findIndex((v) => v.environmentId === envId && !v.isPersonal)
    if (action === 'delete') values = values.filter((_, n) => n !== shared)
    else if (secret.value !== undefined) {
      const value = { environmentId: envId, value: secret.value, isPersonal: false }
      if (shared >= 0) values[shared] = value
      else values.push(value)
    }
  }
  if (values.length === 0) return { id: remote.id, key: remote.name, changes: indexes }
  const keptNote = note ?? remote.note ?? undefined
  return {
    id: remote.id,
    key: remote.name,
    changes: indexes,
    body: {
      name: remote.name,
      ...(keptNote !== undefined && keptNote !== null ? { note: keptNote } : {}),
      type: remote.type ?? 'runtime',
      dataType: remote.dataType ?? 'text',
      values,
    },
  }
}

/** Limits Enkryptify enforces on its secrets (key, value and note), checked before sending so one bad value fails only its item. */
function invalid(c: ProjectChange, environmentIds: ReadonlyMap<string, string>): string | undefined {
  const { key, value, comment } = c.secret
  if (!environmentIds.has(c.scope.environment))
    return `environment '${c.scope.environment}' does not exist in the Enkryptify project`
  if (c.scope.path !== '/') return `Enkryptify has no folders (path ${c.scope.path})`
  if (!KEY.test(key)) return `key ${key} is not 2–48 characters of A-Z a-z 0-9 _ -, which Enkryptify requires`
  if (value !== undefined && value.length > MAX_VALUE)
    return `the value of ${key} is longer than ${MAX_VALUE} characters, which Enkryptify rejects`
  if (comment !== undefined && comment.length > MAX_NOTE)
    return `the comment of ${key} is longer than ${MAX_NOTE} characters (Enkryptify's note limit)`
  if (c.action === 'create' && value === undefined) return `internal: no value to create ${key} with`
  return undefined
}

/** The PUT that adds a new key's other values, built from the listing taken after the POST. */
export function followUpWrite(f: FollowUp, after: readonly WireSecret[]): RecordWrite | undefined {
  const remote = after.find((s) => s.name === f.key)
  if (!remote) return undefined
  const values = remote.values.filter((v) => v.isPersonal || !f.values.has(v.environmentId))
  for (const [environmentId, value] of f.values) values.push({ environmentId, value, isPersonal: false })
  const note = f.note ?? remote.note ?? undefined
  return {
    id: remote.id,
    key: remote.name,
    changes: f.changes,
    body: {
      name: remote.name,
      ...(note != null ? { note } : {}),
      type: remote.type ?? 'runtime',
      dataType: remote.dataType ?? 'text',
      values,
    },
  }
}
