import type { PlanItem } from '../core/plan/types.js'
import {
  type Provider,
  type RemoteSecret,
  type SecretWrite,
  UnsupportedOperation,
  type WriteResult,
} from '../core/seam/types.js'
import { chunks, type Outcomes, outcomeUnknown, reasonOf } from './outcomes.js'

/** The server's cap on secretIds per duplicate request. */
const MAX_IDS_PER_DUPLICATE = 50

/**
 * Duplicates with the provider's own endpoint, ≤50 ids per request per source→destination pair. Where
 * the server has no such endpoint (an October-2024 self-hosted build), copies with batch create/update from the listed
 * source instead; the plan already said which will happen.
 */
export async function applyDuplicates(
  provider: Provider,
  items: PlanItem[],
  sources: ReadonlyMap<string, RemoteSecret>,
  outcomes: Outcomes,
): Promise<void> {
  let native = provider.capabilities.nativeDuplicate && provider.duplicate !== undefined
  for (const group of groupRequests(items)) {
    for (const chunk of chunks(group, native ? MAX_IDS_PER_DUPLICATE : provider.capabilities.maxBatchSize)) {
      const spec = chunk[0]!.duplicate!
      const to = { environment: chunk[0]!.environment, path: chunk[0]!.path }
      try {
        if (native) {
          try {
            const results = await provider.duplicate!({
              from: spec.from,
              to,
              sourceIds: chunk.map((i) => i.duplicate!.sourceId),
              overwrite: spec.overwrite,
              copy: spec.copy,
            })
            for (const [n, item] of chunk.entries()) outcomes.setResult([item], results[n]!)
            continue
          } catch (error) {
            if (!(error instanceof UnsupportedOperation)) throw error
            native = false
          }
        }
        await emulate(provider, chunk, to, sources, outcomes)
      } catch (error) {
        if (outcomeUnknown(error)) await settleDuplicates(provider, chunk, to, sources, outcomes, error)
        else outcomes.set(chunk, 'failed', reasonOf(error))
      }
    }
  }
}

async function emulate(
  provider: Provider,
  chunk: PlanItem[],
  to: { environment: string; path: string },
  sources: ReadonlyMap<string, RemoteSecret>,
  outcomes: Outcomes,
): Promise<void> {
  for (const exists of [false, true]) {
    const part = chunk.filter((i) => i.duplicate!.exists === exists)
    if (part.length === 0) continue
    const writes = part.map((item): SecretWrite => {
      const { sourceId, copy } = item.duplicate!
      const src = sources.get(sourceId)!
      const write: SecretWrite = { key: item.key }
      if (copy.includes('value')) write.value = src.value ?? ''
      else if (!exists) write.value = ''
      if (copy.includes('comment')) write.comment = src.comment
      if (copy.includes('tags')) write.tags = src.tags
      if (copy.includes('metadata')) write.metadata = src.metadata
      return write
    })
    const result: WriteResult = exists ? await provider.update(to, writes) : await provider.create(to, writes)
    outcomes.setResult(part, result)
  }
}

/**
 * The reply was lost: the destination is read again, and each key that now holds what the copy asked
 * for (the source's value, where values are copied) is reported applied, the rest failed.
 */
async function settleDuplicates(
  provider: Provider,
  chunk: PlanItem[],
  to: { environment: string; path: string },
  sources: ReadonlyMap<string, RemoteSecret>,
  outcomes: Outcomes,
  error: unknown,
): Promise<void> {
  let held: Map<string, RemoteSecret>
  try {
    held = new Map((await provider.list(to)).secrets.map((s) => [s.key, s]))
  } catch {
    outcomes.set(
      chunk,
      'failed',
      `${reasonOf(error)}; outcome unknown, and the destination could not be re-read: run apply again`,
    )
    return
  }
  for (const item of chunk) {
    const { sourceId, copy } = item.duplicate!
    const src = sources.get(sourceId)
    const dest = held.get(item.key)
    const landed =
      dest !== undefined &&
      (!copy.includes('value') ||
        src?.value === undefined ||
        dest.value === undefined ||
        provider.normalizeValue(src.value) === dest.value)
    if (landed) outcomes.set([item], 'applied', 'outcome unknown, settled: applied')
    else
      outcomes.set(
        [item],
        'failed',
        `${reasonOf(error)}; outcome unknown, settled: not applied: run apply again`,
      )
  }
}

/**
 * Duplicates planned after a write of their source (created or updated by this apply) copy what the
 * server now holds: the source folders are read again, and a duplicate whose source write failed fails.
 * Returns the items ready to duplicate, with every source in `sources`.
 */
export async function readSourcesAgain(
  provider: Provider,
  items: PlanItem[],
  sources: Map<string, RemoteSecret>,
  outcomes: Outcomes,
): Promise<PlanItem[]> {
  const after = items.filter((i) => i.duplicate!.afterWrite)
  const folders = new Map(
    after.map((i) => [`${i.duplicate!.from.environment}\u0000${i.duplicate!.from.path}`, i.duplicate!.from]),
  )
  const fresh = new Map<string, RemoteSecret>()
  for (const [id, scope] of folders) {
    try {
      for (const s of (await provider.list(scope)).secrets) fresh.set(`${id}\u0000${s.key}`, s)
    } catch (error) {
      const reason = `the source folder could not be read again: ${reasonOf(error)}`
      outcomes.set(
        after.filter((i) => `${i.duplicate!.from.environment}\u0000${i.duplicate!.from.path}` === id),
        'failed',
        reason,
      )
    }
  }
  return items.filter((item) => {
    const d = item.duplicate!
    if (!d.afterWrite) return true
    if (outcomes.get(item)) return false
    const src = fresh.get(`${d.from.environment}\u0000${d.from.path}\u0000${item.key}`)
    if (!src) {
      outcomes.set(
        [item],
        'failed',
        `its source ${d.from.environment}:${d.from.path} ${item.key} was not written`,
      )
      return false
    }
    sources.set(src.id, src)
    item.duplicate = { ...d, sourceId: src.id }
    return true
  })
}

function groupRequests(items: PlanItem[]): PlanItem[][] {
  const groups = new Map<string, PlanItem[]>()
  for (const item of items) {
    const d = item.duplicate!
    const id = JSON.stringify([
      d.from.environment,
      d.from.path,
      item.environment,
      item.path,
      d.overwrite,
      d.copy,
    ])
    groups.set(id, [...(groups.get(id) ?? []), item])
  }
  return [...groups.values()]
}
