import type { ApplyResultItem, PlanItem } from '../core/plan/types.js'
import type { RunResult } from './types.js'

/**
 * The free text of a run (notes, reasons, refusals: where a server's error message ends up) with every
 * registered value masked, common ones included, before any channel formats it. Names and actions are
 * left as they are: they hold no values, and masking them could only hide a key or break JSON.
 */
export function redactFreeText(result: RunResult, redact: (text: string) => string): RunResult {
  if (result.kind === 'invalid') return result
  const item = <T extends PlanItem | ApplyResultItem>(i: T): T => {
    const out = { ...i }
    if (out.note !== undefined) out.note = redact(out.note)
    if ('reason' in out && out.reason !== undefined) out.reason = redact(out.reason)
    return out
  }
  const plan = {
    ...result.plan,
    items: result.plan.items.map(item),
    ...(result.plan.notes ? { notes: result.plan.notes.map(redact) } : {}),
  }
  if (result.kind === 'planned') return { ...result, plan }
  if (result.kind === 'refused') return { ...result, plan, reasons: result.reasons.map(redact) }
  return { ...result, plan, report: { ...result.report, items: result.report.items.map(item) } }
}
