import { hasDrift, type Plan, type PlanItem } from './types.js'

/** One item a reviewer must act on, with the reason in our words (names only, never a value). */
export interface AttentionItem {
  environment: string
  path: string
  key: string
  reason: string
}

export interface Attention {
  /** Why apply would refuse to start in any job: blocked items, secrets that must exist. */
  refusals: AttentionItem[]
  /**
   * Values that could not be compared in this run, so the plan cannot vouch for them. Those whose source
   * this job cannot read are also a refusal for an apply in the same job, but not for the plan: a plan
   * job is meant to run without production values, and the apply job reads them itself.
   */
  unchecked: AttentionItem[]
}

/** What needs a person before the plan can be trusted or applied; every renderer leads with it. */
export function planAttention(plan: Plan): Attention {
  const refusals: AttentionItem[] = []
  const unchecked: AttentionItem[] = []
  for (const i of plan.items) {
    const refusal = refusalOf(i)
    if (refusal) refusals.push(at(i, refusal))
    if (i.uncheckedReason) unchecked.push(at(i, i.uncheckedReason))
  }
  return { refusals, unchecked }
}

/** Apply writes nothing while one of these holds: a half-applied manifest is worse than none. */
function refusalOf(i: PlanItem): string | undefined {
  if (i.action === 'blocked') return i.note ?? 'blocked'
  if (i.action === 'missing')
    return 'declared without a value source and absent remotely: create it in the provider, or give it a value source'
  return undefined
}

/** What an apply in this job would refuse: every refusal, and every value source it cannot read. */
export function applyRefusals(plan: Plan): AttentionItem[] {
  const { refusals } = planAttention(plan)
  return [...refusals, ...plan.items.filter((i) => i.valueUnavailable).map((i) => at(i, i.valueUnavailable!))]
}

function at(i: PlanItem, reason: string): AttentionItem {
  return { environment: i.environment, path: i.path, key: i.key, reason }
}

/** "No changes" is said only when it is the whole truth: nothing to write, nothing unchecked or refused. */
export function isClean(plan: Plan): boolean {
  const { refusals, unchecked } = planAttention(plan)
  return !hasDrift(plan) && refusals.length === 0 && unchecked.length === 0
}

export function describeAttention(a: AttentionItem): string {
  return `${a.environment}:${a.path} ${a.key}: ${a.reason}`
}
