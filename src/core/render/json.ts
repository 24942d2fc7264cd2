import { isClean, planAttention } from '../plan/attention.js'
import type { ApplyReport, ApplyResultItem, Plan, PlanItem } from '../plan/types.js'

/** Machine-readable plan. Plan items hold no values by construction; this only picks the fields. */
export function planToJson(plan: Plan, report?: ApplyReport): string {
  const attention = planAttention(plan)
  const body = {
    version: 1,
    provider: plan.provider,
    project: plan.project,
    hasChanges: plan.hasChanges,
    /** true only when there is nothing to write and nothing unchecked, missing or refused. */
    clean: isClean(plan),
    summary: plan.summary,
    // Why apply would refuse, and which values could not be checked: names and reasons only.
    wouldRefuse: attention.refusals,
    valuesNotChecked: attention.unchecked,
    ...(plan.notes?.length ? { notes: plan.notes } : {}),
    foldersToCreate: plan.foldersToCreate,
    items: withOutcomes(plan.items, report).map((i: PlanItem & Partial<ApplyResultItem>) => ({
      action: i.action,
      environment: i.environment,
      path: i.path,
      key: i.key,
      ...(i.changes ? { changes: i.changes } : {}),
      ...(i.note ? { note: i.note } : {}),
      ...(i.valueChecked === false ? { valueChecked: false } : {}),
      ...(i.uncheckedReason ? { valueNotChecked: i.uncheckedReason } : {}),
      ...(i.outcome ? { outcome: i.outcome, ...(i.reason ? { reason: i.reason } : {}) } : {}),
    })),
    ...(report
      ? { apply: { applied: report.applied, failed: report.failed, pendingApproval: report.pendingApproval } }
      : {}),
  }
  return JSON.stringify(body, null, 2)
}

function withOutcomes(items: PlanItem[], report?: ApplyReport): (PlanItem & Partial<ApplyResultItem>)[] {
  if (!report) return items
  const done = new Map(
    report.items.map((r) => [`${r.action}\u0000${r.environment}\u0000${r.path}\u0000${r.key}`, r]),
  )
  return items.map((i) => done.get(`${i.action}\u0000${i.environment}\u0000${i.path}\u0000${i.key}`) ?? i)
}
