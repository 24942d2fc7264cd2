import { randomInt } from 'node:crypto'
import type { DesiredSecret } from '../core/plan/desired.js'
import {
  type ApplyReport,
  type ApplyResultItem,
  type ItemOutcome,
  type Plan,
  type PlanItem,
  scopeKey,
  WRITE_ACTIONS,
} from '../core/plan/types.js'
import {
  type Provider,
  ProviderError,
  type RemoteSecret,
  type Scope,
  type SecretWrite,
  type WriteResult,
} from '../providers/types.js'
import { generateValue } from './generate.js'
import { runPool } from './pool.js'

export interface ApplyInput {
  provider: Provider
  plan: Plan
  desired: readonly DesiredSecret[]
  remote: readonly RemoteSecret[]
  /** Registers values we generate before anything could print them. */
  registerSecret: (value: string) => void
  progress?: (message: string) => void
  /** Folders written at the same time; requests within one folder stay in order. */
  concurrency?: number
  random?: (max: number) => number
}

/**
 * Executes a plan with the fewest requests the provider allows: per folder, one create request per
 * chunk of new keys, one update request per chunk of changed keys, one delete request per chunk. Every
 * item ends with an outcome; a failed request fails exactly its own items and the rest go on.
 */
export async function applyPlan(input: ApplyInput): Promise<ApplyReport> {
  const { provider, plan } = input
  const desired = new Map(input.desired.map((d) => [scopeKey(d.environment, d.path, d.key), d]))
  const remote = new Map(input.remote.map((r) => [scopeKey(r.environment, r.path, r.key), r]))
  const outcomes = new Map<PlanItem, { outcome: ItemOutcome; reason?: string }>()
  const set = (items: PlanItem[], outcome: ItemOutcome, reason?: string) => {
    for (const i of items) outcomes.set(i, reason ? { outcome, reason } : { outcome })
  }
  const folders = new Set(plan.foldersToCreate.map((s) => `${s.environment}\u0000${s.path}`))
  const random = input.random ?? randomInt

  const groups = groupByScope(
    plan.items.filter((i) => i.action === 'create' || i.action === 'update' || i.action === 'delete'),
  )
  let done = 0
  const total = groups.reduce((n, g) => n + g.items.length, 0)

  await runPool(groups, input.concurrency ?? 4, async ({ scope, items }) => {
    if (folders.has(`${scope.environment}\u0000${scope.path}`)) {
      try {
        await provider.ensureFolder(scope)
      } catch (error) {
        set(
          items,
          'failed',
          `folder ${scope.environment}:${scope.path} could not be created: ${reasonOf(error)}`,
        )
        return
      }
    }
    for (const action of ['create', 'update', 'delete'] as const) {
      const batch = items.filter((i) => i.action === action)
      for (const chunk of chunks(
        batch,
        provider.capabilities.batchCreate ? provider.capabilities.maxBatchSize : 1,
      )) {
        try {
          const result = await send(
            provider,
            action,
            scope,
            chunk,
            desired,
            remote,
            input.registerSecret,
            random,
          )
          if (result.status === 'pending-approval')
            set(chunk, 'pending-approval', `change request ${result.approvalId} awaits approval`)
          else set(chunk, 'applied')
        } catch (error) {
          set(chunk, 'failed', reasonOf(error))
        }
        done += chunk.length
        input.progress?.(
          `${done}/${total} changes processed (${action} ${chunk.length} in ${scope.environment}:${scope.path})`,
        )
      }
    }
  })

  // The report covers what apply was asked to write; unchanged and remote-only items are in the plan.
  const items: ApplyResultItem[] = plan.items
    .filter((i) => WRITE_ACTIONS.includes(i.action))
    .map((i) => ({ ...i, ...(outcomes.get(i) ?? { outcome: 'skipped' as const, reason: 'not attempted' }) }))
  return {
    items,
    applied: items.filter((i) => i.outcome === 'applied').length,
    failed: items.filter((i) => i.outcome === 'failed').length,
    pendingApproval: items.filter((i) => i.outcome === 'pending-approval').length,
  }
}

async function send(
  provider: Provider,
  action: 'create' | 'update' | 'delete',
  scope: Scope,
  chunk: PlanItem[],
  desired: Map<string, DesiredSecret>,
  remote: Map<string, RemoteSecret>,
  registerSecret: (value: string) => void,
  random: (max: number) => number,
): Promise<WriteResult> {
  if (action === 'delete')
    return provider.delete(
      scope,
      chunk.map((i) => i.key),
    )
  const writes = chunk.map((item): SecretWrite => {
    const id = scopeKey(item.environment, item.path, item.key)
    const d = desired.get(id)!
    const write: SecretWrite = { key: item.key }
    if (d.value.kind === 'known' && (action === 'create' || item.changes?.includes('value')))
      write.value = d.value.value
    if (d.value.kind === 'generate' && action === 'create') {
      write.value = generateValue(d.value.length, d.value.charset, random)
      registerSecret(write.value)
    }
    if (action === 'create' || item.changes?.includes('comment'))
      if (d.comment !== undefined) write.comment = d.comment
    if (action === 'create' || item.changes?.includes('tags')) if (d.tags !== undefined) write.tags = d.tags
    if (action === 'create' || item.changes?.includes('metadata'))
      if (d.metadata !== undefined) write.metadata = d.metadata
    if (action === 'update' && write.value === undefined) write.unchangedValue = remote.get(id)?.value
    return write
  })
  return action === 'create' ? provider.create(scope, writes) : provider.update(scope, writes)
}

function groupByScope(items: PlanItem[]): { scope: Scope; items: PlanItem[] }[] {
  const groups = new Map<string, { scope: Scope; items: PlanItem[] }>()
  for (const item of items) {
    const id = `${item.environment}\u0000${item.path}`
    const group = groups.get(id) ?? { scope: { environment: item.environment, path: item.path }, items: [] }
    groups.set(id, group)
    group.items.push(item)
  }
  return [...groups.values()]
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size)
}

function reasonOf(error: unknown): string {
  if (error instanceof ProviderError) return error.message
  return 'unexpected error while applying (this is a bug in secrets-manifest; please report it)'
}
