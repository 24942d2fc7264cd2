import type { Diagnostic } from '../diagnostics.js'
import { isClean } from '../plan/attention.js'
import type {
  ApplyReport,
  ApplyResultItem,
  ItemOutcome,
  Plan,
  PlanAction,
  PlanItem,
  ShareLink,
} from '../plan/types.js'
import { countParts } from './counts.js'
import { attentionSection } from './markdown-attention.js'
import { codeSpan, fitTable, text, utf8Length } from './markdown-fit.js'
import { MATRIX_LEGEND, planMatrix } from './matrix.js'

/** GitHub rejects an issue comment longer than this many characters (422). */
export const COMMENT_LIMIT = 65_536
/** GitHub refuses a step summary larger than 1 MiB ("upload aborted"). */
export const SUMMARY_LIMIT = 1024 * 1024

export interface MarkdownOptions {
  /** Shown in the title; the comment's marker is derived from it elsewhere. */
  manifestPath: string
  /** Upper bound of the result in UTF-8 bytes (never less than characters, so it also bounds those). */
  maxBytes: number
  /** Placed first, e.g. the sticky comment's hidden marker. */
  header?: string
  /** Where the untruncated report lives (the job summary), named when rows are cut. */
  fullReportUrl?: string
  /**
   * Share links, only for the channel the caller chose for them (the PR comment), with the links it held
   * back and why.
   */
  shareLinks?: { shown: ShareLink[]; withheld: { name: string; reason: string }[] }
  /** `matrix`: one row per key and folder, a column per environment (the PR comment of a plan). */
  layout?: 'items' | 'matrix'
  /** Extra Markdown lines under the counts (our own words, never names from users or servers). */
  notes?: string[]
}

const ACTION_LABEL: Record<PlanAction, string> = {
  create: '➕ create',
  update: '✏️ update',
  delete: '🗑️ delete',
  duplicate: '📋 duplicate',
  share: '🔗 share',
  blocked: '⛔ blocked',
  missing: '❓ missing',
  'remote-only': '👀 remote-only',
  'duplicate-skip': 'duplicate (exists)',
  'share-live': 'share (live)',
  'share-stale': '⚠️ share-stale',
  unchanged: 'unchanged',
}

/** Writes first, then what needs a person's attention; the rest is folded away. */
const ORDER: PlanAction[] = [
  'delete',
  'create',
  'update',
  'duplicate',
  'share',
  'blocked',
  'missing',
  'share-stale',
  'remote-only',
  'duplicate-skip',
  'share-live',
]
const FOLDED: ReadonlySet<PlanAction> = new Set(['unchanged', 'duplicate-skip', 'share-live'])

const OUTCOME_LABEL: Record<ItemOutcome, string> = {
  failed: '❌ failed',
  'pending-approval': '⏳ pending approval',
  applied: '✅ applied',
  skipped: '⏭️ skipped',
}
const OUTCOME_ORDER: ItemOutcome[] = ['failed', 'pending-approval', 'applied', 'skipped']

/** The plan as Markdown for a job summary or a PR comment: names and actions, never a value. */
export function renderPlanMarkdown(plan: Plan, opts: MarkdownOptions): string {
  const title = `### 🔐 secrets-manifest plan · ${codeSpan(opts.manifestPath)}`
  const shown = sortBy(
    plan.items.filter((i) => !FOLDED.has(i.action)),
    (i) => ORDER.indexOf(i.action),
  )
  const folded = plan.items.filter((i) => FOLDED.has(i.action))
  const intro = [title, '', `${providerLine(plan)} ${planCounts(plan)}`]
  intro.push(...attentionSection(plan))
  for (const note of plan.notes ?? []) intro.push('', `> ${text(note)}`)
  if (isClean(plan)) intro.push('', 'No changes: the remote matches the manifest.')
  else if (!plan.hasChanges)
    intro.push('', 'Nothing to write, but the remote does not match the manifest: see above and below.')
  if (plan.foldersToCreate.length > 0) {
    intro.push(
      '',
      `Folders to create: ${plan.foldersToCreate.map((s) => codeSpan(`${s.environment}:${s.path}`)).join(', ')}`,
    )
  }
  if (opts.layout === 'matrix') {
    const matrix = planMatrix(plan)
    const rest = matrix.unchanged
      ? [
          `${matrix.unchanged} key(s) unchanged everywhere are not listed; every item, with its details, is in the job summary.`,
        ]
      : ['Every item, with its details, is in the job summary.']
    intro.push('', MATRIX_LEGEND, '', ...rest)
    return assemble(intro, { head: matrix.head, rows: matrix.rows }, [], opts)
  }
  const table: TableSpec = {
    head: ['Action', 'Environment', 'Path', 'Key', 'Changes / note'],
    rows: shown.map((i) => [ACTION_LABEL[i.action], ...place(i), detail(i)]),
  }
  return assemble(intro, table, folded, opts)
}

/** The outcome of an apply, item by item, with the plan's unchanged items folded away. */
export function renderApplyMarkdown(report: ApplyReport, plan: Plan, opts: MarkdownOptions): string {
  const skipped = report.items.filter((i) => i.outcome === 'skipped').length
  const counts = [
    `**${report.applied} applied**`,
    `${report.failed} failed`,
    ...(report.pendingApproval ? [`${report.pendingApproval} pending approval`] : []),
    ...(skipped ? [`${skipped} skipped`] : []),
  ]
  const intro = [
    `### 🔐 secrets-manifest apply · ${codeSpan(opts.manifestPath)}`,
    '',
    `${providerLine(plan)} ${counts.join(', ')}.`,
  ]
  if (report.failed > 0) {
    intro.push(
      '',
      'Some changes were not applied. Fix the cause and run apply again: it continues from what the server holds.',
    )
  }
  const items = sortBy(report.items, (i) => OUTCOME_ORDER.indexOf(i.outcome))
  const id = (i: PlanItem) => `${i.environment}\0${i.path}\0${i.key}\0${i.action}`
  const reported = new Set(report.items.map(id))
  const untouched = plan.items.filter((i) => !reported.has(id(i)))
  // Items apply does not write but a reviewer should still see (remote-only, missing, blocked).
  const noted = untouched.filter((i) => !FOLDED.has(i.action))
  const table: TableSpec = {
    head: ['Outcome', 'Action', 'Environment', 'Path', 'Key', 'Changes / reason'],
    rows: [
      ...items.map((i) => [OUTCOME_LABEL[i.outcome], i.action, ...place(i), applyDetail(i)]),
      ...noted.map((i) => ['—', ACTION_LABEL[i.action], ...place(i), detail(i)]),
    ],
  }
  const folded = untouched.filter((i) => FOLDED.has(i.action))
  return assemble(intro, table, folded, opts)
}

/** For a manifest with errors: replaces the last plan in the comment, so reviewers never read a stale one. */
export function renderDiagnosticsMarkdown(diagnostics: readonly Diagnostic[], opts: MarkdownOptions): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length
  const intro = [
    `### 🔐 secrets-manifest · ${codeSpan(opts.manifestPath)}`,
    '',
    `❌ The manifest has ${errors} error(s) and ${diagnostics.length - errors} warning(s); nothing was planned or sent to the server. They are also annotated on the file.`,
  ]
  const table: TableSpec = {
    head: ['Where', 'Rule', 'Problem'],
    rows: diagnostics.map((d) => [
      codeSpan(`${d.file}:${d.line}:${d.column}`),
      codeSpan(d.ruleId),
      text(`${d.severity === 'error' ? '' : 'warning: '}${d.message}${d.hint ? ` (${d.hint})` : ''}`),
    ]),
  }
  return assemble(intro, table, [], opts)
}

interface TableSpec {
  head: string[]
  rows: string[][]
}

/**
 * Lays out intro, main table, folded unchanged items and share links within `maxBytes`. The main table
 * gets the budget first: a reviewer must see every write before the list of things that stay as they are.
 */
function assemble(introLines: string[], table: TableSpec, folded: PlanItem[], opts: MarkdownOptions): string {
  const intro = opts.notes?.length ? [...introLines, '', ...opts.notes] : introLines
  const header = opts.header ? [opts.header] : []
  const pointer = opts.fullReportUrl ? `the [job summary](${opts.fullReportUrl})` : 'the job summary'
  const links = opts.shareLinks
  const shares =
    links && links.shown.length + links.withheld.length > 0 ? shareSection(links.shown, links.withheld) : []
  const fixed = [...header, ...intro, ...shares].join('\n')
  // Room for joining newlines and the folded section's shortest form.
  let budget = opts.maxBytes - utf8Length(fixed) - 400
  const parts = [...header, ...intro]
  if (table.rows.length > 0) {
    const lines = fitTable(
      table.head,
      table.rows,
      budget,
      (n) => `_${n} more not shown here: see ${pointer}._`,
    )
    budget -= utf8Length(lines.join('\n')) + 2
    parts.push('', ...lines)
  }
  if (folded.length > 0) parts.push('', ...foldedSection(folded, budget, pointer))
  if (shares.length > 0) parts.push('', ...shares)
  const out = `${parts.join('\n')}\n`
  // The reserve above covers every fixed part, so this only guards against a caller's tiny budget.
  return utf8Length(out) <= opts.maxBytes ? out : `${clipBytes(out, opts.maxBytes - 1)}\n`
}

function foldedSection(items: PlanItem[], budget: number, pointer: string): string[] {
  const summary = `<details><summary>${items.length} unchanged</summary>`
  const rows = items.map((i) => [...place(i), i.action === 'unchanged' ? '' : ACTION_LABEL[i.action]])
  const lines = fitTable(
    ['Environment', 'Path', 'Key', ''],
    rows,
    budget - utf8Length(summary) - 20,
    (n) => `_${n} more not shown here: see ${pointer}._`,
  )
  // A blank line after <summary> makes GitHub render the Markdown table inside the HTML block.
  return [summary, '', ...lines, '', '</details>']
}

function shareSection(shown: ShareLink[], withheld: { name: string; reason: string }[]): string[] {
  const lines = ['#### 🔗 Share links', '']
  if (shown.length > 0) {
    lines.push(
      '> [!WARNING]',
      '> GitHub keeps every version of a comment and emails new comments to watchers: editing or deleting this ' +
        'comment does not take a link back. Each link works until it expires or its views run out.',
      '',
      '| Name | Environment | Path | Key | Expires in | Views | Access | Link |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...shown.map(
        (l) =>
          `| ${codeSpan(l.name)} | ${codeSpan(l.environment)} | ${codeSpan(l.path)} | ${codeSpan(l.key)} | ${text(l.expiresIn)} | ${l.maxViews} | ${l.access} | ${link(l.url)} |`,
      ),
    )
  }
  if (withheld.length > 0) {
    if (shown.length > 0) lines.push('')
    lines.push("Not posted here (read them from the step's `share-links` output):", '')
    lines.push(...withheld.map((w) => `- ${codeSpan(w.name)}: ${text(w.reason)}`))
  }
  return lines
}

/** A bare URL GitHub turns into a link; anything unusual is shown as code rather than trusted as markup. */
function link(url: string): string {
  return /^https?:\/\/[^\s|<>`()[\]]+$/.test(url) ? url : codeSpan(url)
}

function providerLine(plan: Plan): string {
  return `${text(plan.provider)} project ${codeSpan(plan.project)}:`
}

function planCounts(plan: Plan): string {
  return `${countParts(plan.summary)
    .map((part, i) => (i < 3 ? `**${part}**` : part))
    .join(', ')}.`
}

function place(i: { environment: string; path: string; key: string }): string[] {
  return [codeSpan(i.environment), codeSpan(i.path), codeSpan(i.key)]
}

function detail(i: PlanItem): string {
  const parts: string[] = []
  if (i.changes?.length) parts.push(i.changes.join(', '))
  if (i.note) parts.push(text(i.note))
  else if (i.valueChecked === false) parts.push('value not checked')
  return parts.join(' · ')
}

function applyDetail(i: ApplyResultItem): string {
  const why = i.reason ?? i.note
  return [i.changes?.join(', '), why ? text(why) : undefined].filter(Boolean).join(' · ')
}

function sortBy<T>(items: T[], rank: (item: T) => number): T[] {
  return items
    .map((item, n) => ({ item, n }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.n - b.n)
    .map((x) => x.item)
}

function clipBytes(s: string, maxBytes: number): string {
  let out = s.slice(0, maxBytes)
  while (utf8Length(out) > maxBytes) out = out.slice(0, Math.floor(out.length * 0.9))
  return out
}
