import type { ApplyReport, ApplyResultItem, Plan, PlanItem } from '../plan/types.js'

/** Machine-readable plan. Plan items hold no values by construction; this only picks the fields. */
export function planToJson(plan: Plan, report?: ApplyReport): string {
  const body = {
    version: 1,
    provider: plan.provider,
    project: plan.project,
    hasChanges: plan.hasChanges,
    summary: plan.summary,
    foldersToCreate: plan.foldersToCreate,
    items: (report?.items ?? plan.items).map((i: PlanItem & Partial<ApplyResultItem>) => ({
      action: i.action,
      environment: i.environment,
      path: i.path,
      key: i.key,
      ...(i.changes ? { changes: i.changes } : {}),
      ...(i.note ? { note: i.note } : {}),
      ...(i.valueChecked === false ? { valueChecked: false } : {}),
      ...(i.outcome ? { outcome: i.outcome, ...(i.reason ? { reason: i.reason } : {}) } : {}),
    })),
    ...(report ? { apply: { applied: report.applied, failed: report.failed, pendingApproval: report.pendingApproval } } : {}),
  }
  return JSON.stringify(body, null, 2)
}
