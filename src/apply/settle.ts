import { sameMetadata, sameTags } from '../core/plan/compare.js'
import type { PlanItem } from '../core/plan/types.js'
import {
  type Provider,
  ProviderError,
  type RemoteSecret,
  type Scope,
  type SecretWrite,
  type WriteResult,
} from '../core/seam/types.js'
import type { Outcomes } from './outcomes.js'
import { outcomeUnknown, reasonOf } from './outcomes.js'

type Action = 'create' | 'update' | 'delete'

/**
 * A write failed in a way that says nothing about what the server kept: the connection broke after
 * the request was sent, a 5xx came back, or a create met "already exists" (a previous run's write
 * landed after all, or someone else's). Never replay it blindly: re-list the folder, count what the
 * server already holds as applied, and send the rest once more, as an update where the key now exists.
 */
export function needsSettling(error: unknown, action: Action): boolean {
  if (outcomeUnknown(error)) return true
  if (!(error instanceof ProviderError)) return false
  return action === 'create' && error.status === 400 && /already exist/i.test(error.message)
}

/** What settle must know of the manifest beyond the writes. */
export interface SettleContext {
  /** The item's value is `generate:`: a value the manifest does not declare. */
  isGenerated: (item: PlanItem) => boolean
  /** The server's secret is kept in place of the item's write (so shares read the server's value). */
  kept: (item: PlanItem, remote: RemoteSecret) => void
}

export const CREATED_MEANWHILE = 'created meanwhile: the value on the server is kept'

export async function settle(
  provider: Provider,
  scope: Scope,
  action: Action,
  chunk: PlanItem[],
  writes: SecretWrite[],
  outcomes: Outcomes,
  firstError: unknown,
  context: SettleContext,
): Promise<void> {
  let listing: Map<string, RemoteSecret>
  try {
    listing = new Map((await provider.list(scope)).secrets.map((s) => [s.key, s]))
  } catch {
    outcomes.set(
      chunk,
      'failed',
      `${reasonOf(firstError)}; the outcome is unknown and the folder could not be re-read: run apply again`,
    )
    return
  }
  const byKey = new Map(writes.map((w) => [w.key, w]))
  const held = (item: PlanItem) => {
    const remote = listing.get(item.key)
    if (action === 'delete') return remote === undefined
    return remote !== undefined && matches(byKey.get(item.key)!, remote, provider)
  }
  const done = chunk.filter(held)
  outcomes.set(done, 'applied')
  // A generated key that someone else created since the plan (another apply, say) keeps its value:
  // ours was never stored, and the manifest does not declare one to insist on.
  const meanwhile = chunk.filter(
    (i) => action === 'create' && !held(i) && listing.has(i.key) && context.isGenerated(i),
  )
  outcomes.set(meanwhile, 'skipped', CREATED_MEANWHILE)
  for (const item of meanwhile) context.kept(item, listing.get(item.key)!)
  const rest = chunk.filter((i) => !held(i) && !meanwhile.includes(i))
  for (const mode of ['create', 'update', 'delete'] as const) {
    const part = rest.filter((i) =>
      action === 'delete' ? mode === 'delete' : mode === (listing.has(i.key) ? 'update' : 'create'),
    )
    if (part.length === 0) continue
    try {
      const result: WriteResult =
        mode === 'delete'
          ? await provider.delete(
              scope,
              part.map((i) => i.key),
            )
          : await provider[mode](
              scope,
              part.map((i) => byKey.get(i.key)!),
            )
      outcomes.setResult(part, result)
    } catch (error) {
      outcomes.set(part, 'failed', `${reasonOf(error)} (after ${reasonOf(firstError)})`)
    }
  }
}

function matches(write: SecretWrite, remote: RemoteSecret, provider: Provider): boolean {
  if (
    write.value !== undefined &&
    remote.value !== undefined &&
    provider.normalizeValue(write.value) !== remote.value
  )
    return false
  if (write.comment !== undefined && write.comment.trim() !== remote.comment.trim()) return false
  if (write.tags !== undefined && !sameTags(write.tags, remote.tags)) return false
  return write.metadata === undefined || sameMetadata(write.metadata, remote.metadata)
}
