import type { RemoteSecret } from '../seam/types.js'

export type KeyStatus = 'only-in-a' | 'only-in-b' | 'value-differs' | 'same-value' | 'value-unknown'
export type AttributeName = 'comment' | 'tags' | 'metadata'

export interface KeyDifference {
  path: string
  key: string
  status: KeyStatus
  /** Attributes that differ where the key is in both environments. */
  attributes: AttributeName[]
}

export interface EnvironmentDiff {
  a: string
  b: string
  keys: KeyDifference[]
  /** Every key in both, with the same value and attributes. */
  equal: boolean
}

/**
 * Key by key, what two environments hold, with values compared in memory: the result says only whether
 * they are equal, never the values or anything derived from them (a digest of a short value can be
 * reversed by trying them all). Pure.
 */
export function compareEnvironments(input: {
  a: string
  b: string
  secrets: readonly RemoteSecret[]
  normalizeValue: (value: string) => string
}): EnvironmentDiff {
  const id = (s: RemoteSecret) => `${s.path}\u0000${s.key}`
  const inA = new Map(input.secrets.filter((s) => s.environment === input.a).map((s) => [id(s), s]))
  const inB = new Map(input.secrets.filter((s) => s.environment === input.b).map((s) => [id(s), s]))
  const keys: KeyDifference[] = []
  for (const ref of new Set([...inA.keys(), ...inB.keys()])) {
    const a = inA.get(ref)
    const b = inB.get(ref)
    const { path, key } = (a ?? b)!
    if (!a || !b) {
      keys.push({ path, key, status: a ? 'only-in-a' : 'only-in-b', attributes: [] })
      continue
    }
    keys.push({ path, key, status: valueStatus(a, b, input.normalizeValue), attributes: attributeDiff(a, b) })
  }
  keys.sort((x, y) => compare(x.path, y.path) || compare(x.key, y.key))
  const equal = keys.every((k) => k.status === 'same-value' && k.attributes.length === 0)
  return { a: input.a, b: input.b, keys, equal }
}

function valueStatus(a: RemoteSecret, b: RemoteSecret, normalize: (v: string) => string): KeyStatus {
  if (a.value === undefined || b.value === undefined) return 'value-unknown'
  return normalize(a.value) === normalize(b.value) ? 'same-value' : 'value-differs'
}

function attributeDiff(a: RemoteSecret, b: RemoteSecret): AttributeName[] {
  const out: AttributeName[] = []
  if (a.comment !== b.comment) out.push('comment')
  if ([...a.tags].sort().join('\u0000') !== [...b.tags].sort().join('\u0000')) out.push('tags')
  if (canonical(a.metadata) !== canonical(b.metadata)) out.push('metadata')
  return out
}

function canonical(metadata: Record<string, string>): string {
  return JSON.stringify(Object.entries(metadata).sort(([x], [y]) => compare(x, y)))
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
