import * as core from '@actions/core'
import type { RunResult } from '../app/types.js'
import { type ApplyReport, hasDrift, type Plan } from '../core/plan/types.js'
import type { Redactor } from '../core/redact.js'
import { planToJson } from '../core/render/json.js'
import {
  type MarkdownOptions,
  renderApplyMarkdown,
  renderDiagnosticsMarkdown,
  renderPlanMarkdown,
  SUMMARY_LIMIT,
} from '../core/render/markdown.js'
import { text, utf8Length } from '../core/render/markdown-fit.js'
import { renderApplyText, renderPlanText } from '../core/render/text.js'
import type { RunContext } from '../github/context.js'
import type { ActionInputs } from './inputs.js'
import { logInfo } from './log.js'
import { writeOutputs } from './outputs.js'
import { annotate, writeJobSummary } from './summary.js'

// The summary's own cap, less what earlier writes in this step may have used.
const SUMMARY_BUDGET = SUMMARY_LIMIT - 16 * 1024

export interface ReportContext {
  inputs: ActionInputs
  ctx: RunContext
  redactor: Redactor
}

/** Reports a run on every channel: annotations, log, job summary, PR comment, outputs; then the verdict. */
export async function reportResult(result: RunResult, rc: ReportContext): Promise<void> {
  const redact = (s: string) => rc.redactor.redact(s)
  annotate(result.diagnostics, redact)
  const base = { manifestPath: rc.inputs.manifest, fullReportUrl: rc.ctx.runUrl }
  if (result.kind === 'invalid') {
    const markdown = (maxBytes: number, header?: string) =>
      redact(renderDiagnosticsMarkdown(result.diagnostics, { ...base, maxBytes, header }))
    await writeJobSummary(markdown(SUMMARY_BUDGET))
    await comment(rc, ({ commentOnPullRequest }) => commentOnPullRequest(markdown, rc.inputs, rc.ctx))
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length
    core.setFailed(
      redact(
        `${rc.inputs.manifest} has ${errors} error(s), shown as annotations on the file; nothing was sent to the server.`,
      ),
    )
    return
  }
  const { plan } = result
  const report = result.kind === 'applied' ? result.report : undefined
  const links = report?.shareLinks ?? []
  // Before the first line of the report is printed: a link is a credential everywhere but the comment.
  for (const link of links) rc.redactor.register(link.url)
  logInfo(redact(report ? renderApplyText(report) : renderPlanText(plan)))

  const refused = result.kind === 'refused' ? refusedMarkdown(result.reasons) : ''
  const render = (o: MarkdownOptions) => {
    const opts = { ...o, maxBytes: o.maxBytes - utf8Length(refused) }
    const body = report ? renderApplyMarkdown(report, plan, opts) : renderPlanMarkdown(plan, opts)
    return refused ? `${body}\n${refused}` : body
  }
  const elsewhere = links.length
    ? [
        `🔗 ${links.length} share link(s) created: they are in the pull request comment and the \`share-links\` output, not here.`,
      ]
    : []
  await core.group('Report', async () => {
    await writeJobSummary(redact(render({ ...base, maxBytes: SUMMARY_BUDGET, notes: elsewhere })))
    await comment(rc, ({ commentOnReport }) =>
      commentOnReport({ links, plan, render: (o) => redact(render({ ...base, ...o })) }, rc.inputs, rc.ctx),
    )
    const file = writeOutputs(
      {
        hasChanges: plan.hasChanges,
        summary: summaryCounts(plan, report),
        planJson: planToJson(plan, report),
        shareLinks: links,
      },
      {
        manifest: rc.inputs.manifest,
        runnerTemp: process.env.RUNNER_TEMP,
        setOutput: core.setOutput,
      },
    )
    logInfo(`Wrote the plan to ${file}`)
  })
  verdict(result, plan, report, rc, redact)
}

/**
 * Only a run that is asked to comment loads the comment code (the GitHub calls and share-link delivery,
 * one chunk in dist/), and only one that gets as far as calling GitHub loads Octokit (github/client.ts).
 */
async function comment(
  rc: ReportContext,
  post: (module: typeof import('./comment.js')) => Promise<void>,
): Promise<void> {
  if (rc.inputs.comment) await post(await import('./comment.js'))
}

/** Exactly one failure message per run, or none. */
function verdict(
  result: RunResult,
  plan: Plan,
  report: ApplyReport | undefined,
  rc: ReportContext,
  redact: (s: string) => string,
): void {
  if (result.kind === 'refused') {
    for (const r of result.reasons) logInfo(redact(`  - ${r}`))
    core.setFailed(
      redact(
        `apply refused to start: ${result.reasons.length} item(s) cannot be applied (listed above and in the job summary); nothing was written.`,
      ),
    )
  } else if (report && report.failed > 0) {
    core.setFailed(
      redact(
        `${report.failed} of ${report.items.length} item(s) failed to apply; see the job summary. Run apply again after fixing the cause.`,
      ),
    )
  } else if (rc.inputs.mode === 'plan' && rc.inputs.failOnDrift && hasDrift(plan)) {
    core.setFailed(
      redact(
        `the remote differs from ${rc.inputs.manifest} (fail-on-drift): run apply, or update the manifest to match.`,
      ),
    )
  }
}

function summaryCounts(plan: Plan, report: ApplyReport | undefined): Record<string, number | boolean> {
  const counts: Record<string, number | boolean> = { hasChanges: plan.hasChanges, ...plan.summary }
  if (report) {
    Object.assign(counts, {
      applied: report.applied,
      failed: report.failed,
      pendingApproval: report.pendingApproval,
      shareLinks: report.shareLinks.length,
    })
  }
  return counts
}

function refusedMarkdown(reasons: string[]): string {
  const shown = reasons.slice(0, 50).map((r) => `- ${text(r)}`)
  const more =
    reasons.length > shown.length ? [`- … and ${reasons.length - shown.length} more (see the log)`] : []
  return ['**Apply refused to start; nothing was written:**', '', ...shown, ...more, ''].join('\n')
}
