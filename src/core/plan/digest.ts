import { createHash } from 'node:crypto'
import type { Plan, PlanItem } from './types.js'

/**
 * What a reviewer approves: every write the plan would make (action, environment, folder, key, which
 * fields change, duplicate and share settings) and the folders it would create. Never a value; items
 * that write nothing (unchanged, remote-only) are not part of it, so unrelated remote activity does not
 * void a review.
 */
export interface ReviewedPlan {
  version: 1
  digest: string
  provider: string
  project: string
  /** One canonical JSON array per write, sorted. */
  actions: string[]
}

const WRITES = new Set(['create', 'update', 'delete', 'duplicate', 'share'])

function actionOf(i: PlanItem): unknown[] {
  const base: unknown[] = [i.action, i.environment, i.path, i.key]
  if (i.changes?.length) base.push({ changes: [...i.changes].sort() })
  if (i.duplicate)
    base.push({
      from: `${i.duplicate.from.environment}:${i.duplicate.from.path}`,
      overwrite: i.duplicate.overwrite,
      copy: [...i.duplicate.copy].sort(),
    })
  if (i.share)
    base.push({
      share: i.share.name,
      expiresIn: i.share.expiresIn,
      maxViews: i.share.maxViews,
      access: i.share.access,
    })
  return base
}

export function reviewedActions(plan: Plan): string[] {
  const actions = plan.items.filter((i) => WRITES.has(i.action)).map((i) => JSON.stringify(actionOf(i)))
  for (const f of plan.foldersToCreate) actions.push(JSON.stringify(['create-folder', f.environment, f.path]))
  return [...new Set(actions)].sort()
}

export function digestOf(provider: string, project: string, actions: readonly string[]): string {
  const hash = createHash('sha256').update(JSON.stringify([provider, project, ...actions]))
  return `sha256:${hash.digest('hex')}`
}

export function reviewPlan(plan: Plan): ReviewedPlan {
  const actions = reviewedActions(plan)
  return {
    version: 1,
    digest: digestOf(plan.provider, plan.project, actions),
    provider: plan.provider,
    project: plan.project,
    actions,
  }
}

/** One action as a line people read: `update dev:/backend DB_URL (value, comment)`. */
export function describeAction(action: string): string {
  try {
    return describeParsed(action)
  } catch {
    return action
  }
}

function describeParsed(action: string): string {
  const [verb, environment, path, key, extra] = JSON.parse(action) as [
    string,
    string,
    string,
    string?,
    Record<string, unknown>?,
  ]
  const detail = extra
    ? ` (${Object.entries(extra)
        .map(([k, v]) =>
          k === 'changes' ? (v as string[]).join(', ') : `${k} ${Array.isArray(v) ? v.join('+') : v}`,
        )
        .join('; ')})`
    : ''
  return `${verb} ${environment}:${path}${key !== undefined ? ` ${key}` : ''}${detail}`
}

/**
 * Why the plan computed now is not the one reviewed: the writes it adds and the writes it drops. Empty
 * when the digests match.
 */
export function reviewMismatch(
  reviewed: Pick<ReviewedPlan, 'digest'> & { actions?: readonly string[] },
  now: ReviewedPlan,
): string[] {
  if (reviewed.digest === now.digest) return []
  const head = `the plan computed now (${short(now.digest)}) is not the reviewed plan (${short(reviewed.digest)})`
  // Only the digest was published (a PR comment): say what would be written now.
  if (!reviewed.actions) return [head, ...now.actions.map((a) => `planned now: ${describeAction(a)}`)]
  const before = new Set(reviewed.actions)
  const after = new Set(now.actions)
  const added = now.actions
    .filter((a) => !before.has(a))
    .map((a) => `not reviewed, planned now: ${describeAction(a)}`)
  const dropped = reviewed.actions
    .filter((a) => !after.has(a))
    .map((a) => `reviewed, no longer planned: ${describeAction(a)}`)
  return [head, ...added, ...dropped]
}

export function short(digest: string): string {
  return digest.slice(0, 'sha256:'.length + 12)
}

/** A saved plan file as read back; anything else is refused with the reason. */
export function parseReviewedPlan(text: string): ReviewedPlan | string {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return 'it is not JSON'
  }
  const p = data as Partial<ReviewedPlan>
  if (
    p?.version !== 1 ||
    typeof p.digest !== 'string' ||
    !Array.isArray(p.actions) ||
    !p.actions.every((a) => typeof a === 'string')
  )
    return 'it is not a plan saved by `secrets-manifest plan --out`'
  if (digestOf(String(p.provider), String(p.project), p.actions) !== p.digest)
    return 'its digest does not match its actions (the file was edited)'
  return p as ReviewedPlan
}
