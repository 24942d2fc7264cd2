import { randomInt } from 'node:crypto'
import type { DesiredSecret } from '../core/plan/desired.js'
import {
  type ApplyReport,
  type ApplyResultItem,
  type Plan,
  type PlanItem,
  scopeKey,
  WRITE_ACTIONS,
} from '../core/plan/types.js'
import {
  BatchTooLarge,
  type Provider,
  type RemoteSecret,
  type Scope,
  type SecretWrite,
  type WriteResult,
} from '../core/seam/types.js'
import { runPool } from '../util/pool.js'
import { BatchSizer } from './batch-size.js'
import { applyDuplicates, readSourcesAgain } from './duplicates.js'
import { generateValue } from './generate.js'
import { Outcomes, reasonOf } from './outcomes.js'
import { writeProjectWide } from './project-wide.js'
import { needsSettling, settle } from './settle.js'
import { applyShares, REAL_PACING, type SharePacing } from './shares.js'

export interface ApplyInput {
  provider: Provider
  plan: Plan
  desired: readonly DesiredSecret[]
  /** Every secret listed for the plan (managed folders, duplicate sources, share sources). */
  remote: readonly RemoteSecret[]
  /** For share passwords. */
  env?: Record<string, string | undefined>
  /** Registers values we generate before anything could print them. */
  registerSecret: (value: string) => void
  progress?: (message: string) => void
  /** Folders written at the same time; requests within one folder stay in order. */
  concurrency?: number
  random?: (max: number) => number
  sharePacing?: SharePacing
}

/**
 * Executes a plan with the fewest requests the provider allows: per folder, one create request per
 * chunk of new keys, one update request per chunk of changed keys, one delete request per chunk; then
 * duplicates, then share links. Every item ends with an outcome; a failed request fails exactly its
 * own items and the rest go on.
 */
export async function applyPlan(input: ApplyInput): Promise<ApplyReport> {
  const { provider, plan } = input
  const desired = new Map(input.desired.map((d) => [scopeKey(d.environment, d.path, d.key), d]))
  const remote = new Map(input.remote.map((r) => [scopeKey(r.environment, r.path, r.key), r]))
  const generated = new Map<string, string>()
  const outcomes = new Outcomes()
  const random = input.random ?? randomInt
  const concurrency = input.concurrency ?? 4

  const settleContext = {
    isGenerated: (item: PlanItem) => desired.get(idOf(item))?.value.kind === 'generate',
    kept: (item: PlanItem, secret: RemoteSecret) => {
      generated.delete(idOf(item))
      remote.set(idOf(item), secret)
    },
  }

  const failedFolders = new Map<string, string>()
  await runPool(plan.foldersToCreate, concurrency, async (scope) => {
    try {
      await provider.ensureFolder(scope)
    } catch (error) {
      failedFolders.set(
        folder(scope),
        `folder ${scope.environment}:${scope.path} could not be created: ${reasonOf(error)}`,
      )
    }
  })
  const writable = (items: PlanItem[]) =>
    items.filter((i) => {
      const reason = failedFolders.get(folder(i))
      if (reason) outcomes.set([i], 'failed', reason)
      return !reason
    })

  const direct = writable(
    plan.items.filter((i) => i.action === 'create' || i.action === 'update' || i.action === 'delete'),
  )
  // One record per key across environments (`writeProject`): the provider takes every change at once.
  const projectWide = provider.writeProject !== undefined
  if (projectWide) {
    const write = (item: PlanItem, action: 'create' | 'update') =>
      toWrite(item, action, desired, generated, input.registerSecret, random)
    await writeProjectWide(provider, direct, write, outcomes, input.progress)
  }
  const groups = groupByScope(projectWide ? [] : direct)
  let done = 0
  const total = groups.reduce((n, g) => n + g.items.length, 0)
  const sizers = {
    create: new BatchSizer(provider.capabilities, provider.capabilities.batchCreate),
    update: new BatchSizer(provider.capabilities, provider.capabilities.batchUpdate),
    delete: new BatchSizer(provider.capabilities, provider.capabilities.batchUpdate),
  }
  await runPool(groups, concurrency, async ({ scope, items }) => {
    for (const action of ['create', 'update', 'delete'] as const) {
      let queue: { item: PlanItem; write: SecretWrite }[]
      try {
        queue = items
          .filter((i) => i.action === action)
          .map((item) => ({
            item,
            write:
              action === 'delete'
                ? { key: item.key }
                : toWrite(item, action, desired, generated, input.registerSecret, random),
          }))
      } catch (error) {
        outcomes.set(
          items.filter((i) => i.action === action),
          'failed',
          reasonOf(error),
        )
        continue
      }
      while (queue.length > 0) {
        const taken = sizers[action].take(queue)
        queue = queue.slice(taken.length)
        const chunk = taken.map((t) => t.item)
        const writes = taken.map((t) => t.write)
        try {
          outcomes.setResult(chunk, await send(provider, action, scope, chunk, writes))
        } catch (error) {
          // Refused for its size before anything was written: the same items go again, smaller.
          if (error instanceof BatchTooLarge && sizers[action].shrink(taken.length)) {
            queue = [...taken, ...queue]
            continue
          }
          if (needsSettling(error, action))
            await settle(provider, scope, action, chunk, writes, outcomes, error, settleContext)
          else outcomes.set(chunk, 'failed', reasonOf(error))
        }
        done += chunk.length
        input.progress?.(
          `${done}/${total} changes processed (${action} ${chunk.length} in ${scope.environment}:${scope.path})`,
        )
      }
    }
  })

  const planned = writable(plan.items.filter((i) => i.action === 'duplicate'))
  if (planned.length > 0) {
    input.progress?.(`Duplicating ${planned.length} secret(s)`)
    const sources = new Map(input.remote.map((r) => [r.id, r]))
    const duplicates = await readSourcesAgain(provider, planned, sources, outcomes)
    await applyDuplicates(provider, duplicates, sources, outcomes)
  }

  const shares = plan.items.filter((i) => i.action === 'share')
  const valueFor = (item: PlanItem) => {
    const id = scopeKey(item.environment, item.path, item.key)
    const d = desired.get(id)
    return d?.value.kind === 'known' ? d.value.value : (generated.get(id) ?? remote.get(id)?.value)
  }
  const shareLinks = shares.length
    ? await applyShares(
        provider,
        shares,
        valueFor,
        input.env ?? {},
        outcomes,
        input.sharePacing ?? REAL_PACING,
      )
    : []

  // The report covers what apply was asked to write; unchanged and remote-only items are in the plan.
  const items: ApplyResultItem[] = plan.items
    .filter((i) => WRITE_ACTIONS.includes(i.action))
    .map((i) => ({ ...i, ...(outcomes.get(i) ?? { outcome: 'skipped' as const, reason: 'not attempted' }) }))
  return {
    items,
    applied: items.filter((i) => i.outcome === 'applied').length,
    failed: items.filter((i) => i.outcome === 'failed').length,
    pendingApproval: items.filter((i) => i.outcome === 'pending-approval').length,
    shareLinks,
  }
}

function toWrite(
  item: PlanItem,
  action: 'create' | 'update',
  desired: Map<string, DesiredSecret>,
  generated: Map<string, string>,
  registerSecret: (value: string) => void,
  random: (max: number) => number,
): SecretWrite {
  const id = scopeKey(item.environment, item.path, item.key)
  const d = desired.get(id)!
  const write: SecretWrite = { key: item.key }
  const touches = (field: 'value' | 'comment' | 'tags' | 'metadata') =>
    action === 'create' || item.changes?.includes(field)
  if (d.value.kind === 'known' && touches('value')) write.value = d.value.value
  if (d.value.kind === 'generate' && action === 'create') {
    write.value = generated.get(id) ?? generateValue(d.value.length, d.value.charset, random)
    registerSecret(write.value)
    generated.set(id, write.value)
  }
  if (touches('comment') && d.comment !== undefined) write.comment = d.comment
  if (touches('tags') && d.tags !== undefined) write.tags = d.tags
  if (touches('metadata') && d.metadata !== undefined) write.metadata = d.metadata
  return write
}

function send(
  provider: Provider,
  action: 'create' | 'update' | 'delete',
  scope: Scope,
  chunk: PlanItem[],
  writes: SecretWrite[],
): Promise<WriteResult> {
  if (action === 'delete')
    return provider.delete(
      scope,
      chunk.map((i) => i.key),
    )
  return action === 'create' ? provider.create(scope, writes) : provider.update(scope, writes)
}

function groupByScope(items: PlanItem[]): { scope: Scope; items: PlanItem[] }[] {
  const groups = new Map<string, { scope: Scope; items: PlanItem[] }>()
  for (const item of items) {
    const group = groups.get(folder(item)) ?? {
      scope: { environment: item.environment, path: item.path },
      items: [],
    }
    groups.set(folder(item), group)
    group.items.push(item)
  }
  return [...groups.values()]
}

function idOf(item: PlanItem): string {
  return scopeKey(item.environment, item.path, item.key)
}

function folder(s: { environment: string; path: string }): string {
  return `${s.environment}\u0000${s.path}`
}
