import type { ItemOutcome, PlanItem } from '../core/plan/types.js'
import { ProviderError, type WriteResult } from '../core/seam/types.js'

/** Records each item's outcome as the apply goes; what is never recorded ends as skipped. */
export class Outcomes {
  private readonly map = new Map<PlanItem, { outcome: ItemOutcome; reason?: string }>()

  set(items: PlanItem[], outcome: ItemOutcome, reason?: string): void {
    for (const i of items) this.map.set(i, reason ? { outcome, reason } : { outcome })
  }

  setResult(items: PlanItem[], result: WriteResult): void {
    if (result.status === 'pending-approval')
      this.set(items, 'pending-approval', `change request ${result.approvalId} awaits approval`)
    else this.set(items, 'applied')
  }

  get(item: PlanItem): { outcome: ItemOutcome; reason?: string } | undefined {
    return this.map.get(item)
  }
}

export function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size)
}

export function reasonOf(error: unknown): string {
  if (error instanceof ProviderError) return error.message
  return 'unexpected error while applying (this is a bug in secrets-manifest; please report it)'
}

/** The server may have applied the request: the connection broke after it was sent, or a 5xx came back. */
export function outcomeUnknown(error: unknown): boolean {
  return error instanceof ProviderError && (error.outcomeUnknown || (error.status ?? 0) >= 500)
}
