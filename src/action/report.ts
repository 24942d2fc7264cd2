import * as core from '@actions/core'
import { EXIT, verdictOf } from '../app/exit-codes.js'
import type { RunResult } from '../app/types.js'
import { reviewPlan } from '../core/plan/digest.js'
import type { ApplyReport, Plan, ShareLink } from '../core/plan/types.js'
import type { Redactor } from '../core/redact.js'
import { planToJson } from '../core/render/json.js'
import {
  type MarkdownOptions,
  renderApplyMarkdown,
  renderDiagnosticsMarkdown,
  renderPlanMarkdown,
  SUMMARY_LIMIT,
} from '../core/render/markdown.js'
import { renderApplyText, renderPlanText } from '../core/render/text.js'
import type { RunContext } from '../github/context.js'
import type { ActionInputs } from './inputs.js'
import { logInfo } from './log.js'
import { OUTPUT, writeOutputs } from './outputs.js'
import { annotate, writeJobSummary } from './summary.js'

// The summary's own cap, less what earlier writes in this step may have used.
const SUMMARY_BUDGET = SUMMARY_LIMIT - 16 * 1024

export interface ReportContext {
  inputs: ActionInputs
  ctx: RunContext
  redactor: Redactor
}

/** Reports a run on every channel: annotations, log, job summary, PR comment, outputs; then the verdict. */
/** What one manifest's run set as outputs, so several manifests can be summed up (many-manifests.ts). */
export interface ManifestOutputs {
  hasChanges: boolean
  summary: Record<string, number | boolean>
  plan: string
  shareLinks: ShareLink[]
}

export async function reportResult(
  result: RunResult,
  rc: ReportContext,
): Promise<ManifestOutputs | undefined> {
  const redact = (s: string) => rc.redactor.redact(s)
  annotate(result.diagnostics, redact)
  const base = { manifestPath: rc.inputs.manifest, fullReportUrl: rc.ctx.runUrl }
  if (result.kind === 'invalid') {
    const markdown = (maxBytes: number, header?: string) =>
      redact(renderDiagnosticsMarkdown(result.diagnostics, { ...base, maxBytes, header }))
    await writeJobSummary(markdown(SUMMARY_BUDGET))
    await comment(rc, ({ commentOnPullRequest }) => commentOnPullRequest(markdown, rc.inputs, rc.ctx))
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length
    fail(
      verdictOf(result).code,
      redact(
        `${rc.inputs.manifest} has ${errors} error(s), shown as annotations on the file; nothing was sent to the server.`,
      ),
    )
    return
  }
  const { plan } = result
  const report = result.kind === 'applied' ? result.report : undefined
  const links = report?.shareLinks ?? []
  let outputs: ManifestOutputs | undefined
  // Before the first line of the report is printed: a link is a credential everywhere but the comment.
  for (const link of links) rc.redactor.register(link.url)
  logInfo(redact(report ? renderApplyText(report) : renderPlanText(plan)))

  // The plan's Markdown leads with why apply refuses; this line says that it did.
  const refused =
    result.kind === 'refused' ? ['**Apply refused to start; nothing was written.** Why is listed above.'] : []
  const render = (o: MarkdownOptions) => {
    const opts = { ...o, notes: [...refused, ...(o.notes ?? [])] }
    return report ? renderApplyMarkdown(report, plan, opts) : renderPlanMarkdown(plan, opts)
  }
  const elsewhere = links.length
    ? [
        `🔗 ${links.length} share link(s) created: they are in the pull request comment and the \`share-links\` output, not here.`,
      ]
    : []
  await core.group('Report', async () => {
    await writeJobSummary(redact(render({ ...base, maxBytes: SUMMARY_BUDGET, notes: elsewhere })))
    await comment(rc, ({ commentOnReport }) =>
      commentOnReport(
        {
          links,
          plan,
          digest: result.kind === 'planned' ? reviewPlan(plan).digest : undefined,
          // The comment leads with the key × environment matrix; the job summary keeps every item.
          render: (o) => redact(render({ ...base, ...o, layout: 'matrix' })),
        },
        rc.inputs,
        rc.ctx,
      ),
    )
    const values = {
      hasChanges: plan.hasChanges,
      summary: summaryCounts(plan, report),
      planJson: planToJson(plan, report),
      shareLinks: links,
    }
    const file = writeOutputs(values, {
      manifest: rc.inputs.manifest,
      runnerTemp: process.env.RUNNER_TEMP,
      setOutput: core.setOutput,
    })
    logInfo(`Wrote the plan to ${file}`)
    outputs = { hasChanges: values.hasChanges, summary: values.summary, plan: file, shareLinks: links }
  })
  verdict(result, report, rc, redact)
  return outputs
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

/**
 * Exactly one failure message per run, or none, and the exit code of the table both the CLI and the
 * action use (app/exit-codes.ts): a plan that apply would refuse fails the check before the merge.
 */
function verdict(
  result: RunResult,
  report: ApplyReport | undefined,
  rc: ReportContext,
  redact: (s: string) => string,
): void {
  const failOnDrift = rc.inputs.mode === 'plan' && rc.inputs.failOnDrift
  const { code, reason } = verdictOf(result, { failOnDrift })
  core.setOutput(OUTPUT.exitCode, String(code))
  if (code === EXIT.ok) return
  const reasons =
    result.kind === 'refused' ? result.reasons : result.kind === 'planned' ? result.refusals : []
  for (const r of reasons) logInfo(redact(`  - ${r}`))
  if (result.kind === 'refused') {
    fail(
      code,
      redact(
        `apply refused to start: ${result.reasons.length} item(s) cannot be applied (listed above and in the job summary); nothing was written.`,
      ),
    )
  } else if (report) {
    fail(
      code,
      redact(
        `${report.failed} of ${report.items.length} item(s) failed to apply; see the job summary. Run apply again after fixing the cause.`,
      ),
    )
  } else if (code === EXIT.failed) {
    fail(
      code,
      redact(
        `${reason}: apply would write nothing (listed above and in the job summary). Fix them before merging.`,
      ),
    )
  } else {
    fail(
      code,
      redact(
        `${reason} (fail-on-drift, exit ${code}): ${code === EXIT.drift ? 'run apply, or update the manifest to match' : 'make the values available to this job'}.`,
      ),
    )
  }
}

/** Fails the step with one message and the table's exit code (setFailed alone always exits 1). */
export function fail(code: number, message: string): void {
  core.setFailed(message)
  process.exitCode = code
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
