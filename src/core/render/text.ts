import { type AttentionItem, describeAttention, isClean, planAttention } from '../plan/attention.js'
import type { ApplyReport, Plan, PlanAction, PlanItem } from '../plan/types.js'
import { countParts } from './counts.js'
import { printable } from './printable.js'

const MARK: Record<PlanAction, string> = {
  create: '+',
  update: '~',
  unchanged: '=',
  missing: '!',
  'remote-only': '?',
  delete: '-',
  blocked: 'x',
  duplicate: '>',
  'duplicate-skip': '=',
  share: '@',
  'share-live': '=',
  'share-stale': '~',
}

/** Plan for people, Terraform-style. Unchanged items are counted, and listed only when verbose. */
export function renderPlanText(plan: Plan, opts: { verbose?: boolean } = {}): string {
  const shown = plan.items.filter(
    (i) =>
      opts.verbose ||
      (i.action !== 'unchanged' && i.action !== 'duplicate-skip' && i.action !== 'share-live'),
  )
  const lines = [`Plan for ${plan.provider} project ${printable(plan.project)}:`, '']
  if (plan.notes?.length) lines.push(...plan.notes.map((n) => `  Note: ${printable(n)}`), '')
  const { refusals, unchecked } = planAttention(plan)
  if (refusals.length > 0)
    lines.push('Apply would refuse to start, writing nothing:', ...refusals.map(bullet), '')
  if (unchecked.length > 0)
    lines.push(
      `Values not checked (${unchecked.length}): the plan cannot vouch for them.`,
      ...unchecked.map(bullet),
      '',
    )
  const folders: PlanItem[] = plan.foldersToCreate.map((s) => ({
    action: 'create',
    environment: s.environment,
    path: s.path,
    key: '(folder)',
  }))
  // Not push(...rows): a plan of 200,000 items is past the engine's argument limit.
  for (const row of table(
    folders.length ? [...folders, ...shown] : shown,
    (i) => `${MARK[i.action]} ${i.action}`,
    (i) => detail(i),
  ))
    lines.push(row)
  if (isClean(plan)) lines.push('  No changes. The remote matches the manifest.')
  else if (!plan.hasChanges)
    lines.push('  Nothing to write, but the remote does not match the manifest: see above.')
  lines.push('', summaryLine(plan))
  return lines.join('\n')
}

export function summaryLine(plan: Plan): string {
  return `Plan: ${countParts(plan.summary).join(', ')}.`
}

export function renderApplyText(report: ApplyReport): string {
  const lines = ['Apply:', '']
  for (const row of table(
    report.items,
    (i) => `${i.outcome}`,
    (i) => [i.action, i.changes?.join(', '), i.reason && printable(i.reason)].filter(Boolean).join(' · '),
  ))
    lines.push(row)
  lines.push(
    '',
    `Apply: ${report.applied} applied, ${report.failed} failed, ${report.pendingApproval} pending approval, ${report.items.filter((i) => i.outcome === 'skipped').length} skipped.`,
  )
  if (report.items.length === 0) lines.splice(2, 0, '  Nothing to do. The remote matches the manifest.')
  if (report.failed > 0)
    lines.push(
      'Some changes were not applied (see above). Fix the cause and run apply again: it continues from what the server holds.',
    )
  return lines.join('\n')
}

function table<T extends PlanItem>(items: T[], label: (i: T) => string, extra: (i: T) => string): string[] {
  const labels = items.map(label)
  const places = items.map((i) => printable(`${i.environment}:${i.path}`))
  const w1 = labels.reduce((w, l) => Math.max(w, l.length), 0)
  const w2 = places.reduce((w, p) => Math.max(w, p.length), 0)
  return items.map((item, n) => {
    const more = extra(item)
    return `  ${labels[n]!.padEnd(w1)}  ${places[n]!.padEnd(w2)}  ${printable(item.key)}${more ? `  (${more})` : ''}`.trimEnd()
  })
}

function bullet(a: AttentionItem): string {
  return `  - ${printable(describeAttention(a))}`
}

function detail(i: PlanItem): string {
  return [i.changes?.length ? `changes: ${i.changes.join(', ')}` : '', printable(i.note ?? '')]
    .filter(Boolean)
    .join('; ')
}
