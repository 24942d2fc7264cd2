import * as core from '@actions/core'
import type { Plan, ShareLink } from '../core/plan/types.js'
import { COMMENT_LIMIT, type MarkdownOptions } from '../core/render/markdown.js'
import { createGitHubClient, statusOf } from '../github/client.js'
import type { RunContext } from '../github/context.js'
import { pullRequestForCommit } from '../github/pull-request-for-commit.js'
import { markerFor, upsertStickyComment } from '../github/sticky-comment.js'
import { expr } from '../util/workflow-expression.js'
import type { ActionInputs } from './inputs.js'
import { logInfo } from './log.js'
import { digestLine } from './reviewed-plan.js'
import { extraLinkBytes, shareDelivery, withLinkStandIns } from './share-links.js'
import { writeJobSummary } from './summary.js'

/**
 * The final comment body within `maxBytes`, with `header` (the hidden marker) as its first line, already
 * redacted by the caller.
 */
export type RenderComment = (maxBytes: number, header: string) => string

// Headroom under GitHub's limit for the marker and for redaction, which never lengthens text.
const COMMENT_BUDGET = COMMENT_LIMIT - 1024

export interface ReportComment {
  /** Links created by this apply; the comment carries those the repository's visibility allows. */
  links: readonly ShareLink[]
  plan: Plan
  /** The plan's digest, hidden in a plan comment for `require-reviewed-plan` on the apply after merge. */
  digest?: string
  /** The report as redacted Markdown within `maxBytes`. */
  render: (o: Pick<MarkdownOptions, 'maxBytes' | 'header' | 'shareLinks'>) => string
}

/**
 * The plan or apply report as the comment. Share-link URLs are registered secrets, so the report is
 * rendered and redacted with stand-ins for them, and gets the real URLs after (share-links.ts).
 */
export function commentOnReport(report: ReportComment, inputs: ActionInputs, ctx: RunContext): Promise<void> {
  const render: RenderComment = (maxBytes, header) => {
    const { delivery, restore } = withLinkStandIns(shareDelivery(report.links, ctx.visibility))
    const budget = maxBytes - extraLinkBytes(delivery)
    const withDigest = report.digest ? `${header}\n${digestLine(report.digest)}` : header
    return restore(report.render({ maxBytes: budget, header: withDigest, shareLinks: delivery }))
  }
  return commentOnPullRequest(render, inputs, ctx)
}

/**
 * Posts or updates the sticky comment on the pull request this run belongs to: the PR itself on
 * `pull_request`, or for apply on `push`, the PR the pushed commit came from. A comment is a courtesy:
 * when it cannot be written the job says why in a notice and carries on.
 */
export async function commentOnPullRequest(
  render: RenderComment,
  inputs: ActionInputs,
  ctx: RunContext,
): Promise<void> {
  if (!inputs.comment) return
  if (ctx.pullRequest?.isFork) {
    await notPosted(
      'this pull request comes from a fork, and GitHub gives fork PRs a read-only token. The report is in the job summary.',
    )
    return
  }
  // Apply on push reports on the PR that was merged; a manual or scheduled run has no PR to speak to.
  if (!ctx.pullRequest && !(inputs.mode === 'apply' && ctx.eventName === 'push' && ctx.sha)) return
  if (!inputs.githubToken) {
    core.notice(
      `Skipped the PR comment: input \`github-token\` is empty (its default is \`${expr('github.token')}\`).`,
    )
    return
  }
  try {
    const github = await createGitHubClient(inputs.githubToken, ctx.apiUrl)
    const number =
      ctx.pullRequest?.number ?? (await pullRequestForCommit(github, ctx.owner, ctx.repo, ctx.sha))
    if (number === undefined) {
      logInfo(`No pull request is associated with commit ${ctx.sha}; the report is in the job summary only.`)
      return
    }
    const marker = markerFor(inputs.manifest)
    const body = render(COMMENT_BUDGET, marker)
    const result = await upsertStickyComment(
      github,
      { owner: ctx.owner, repo: ctx.repo, issueNumber: number },
      marker,
      body,
    )
    if (result.status === 'skipped') {
      await notPosted(
        `GitHub answered ${result.httpStatus} (the token may not write comments here). Give the job \`permissions: pull-requests: write\`, or set \`comment: false\`.`,
      )
      return
    }
    // GitHub-compatible servers do not all send html_url; the comment's address is known either way.
    const url =
      typeof result.url === 'string' && result.url
        ? result.url
        : `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/pull/${number}#issuecomment-${result.commentId}`
    logInfo(
      `${result.status === 'created' ? 'Posted' : result.status === 'updated' ? 'Updated' : 'Kept'} the comment on #${number}: ${url}`,
    )
  } catch (error) {
    // Status only: GitHub's error bodies may quote the request, and the request carries the comment.
    const status = statusOf(error)
    await notPosted(
      `${status ? `GitHub answered ${status}` : 'GitHub could not be reached'}; the report is in the job summary.`,
    )
  }
}

/**
 * A reviewer who finds no comment should learn why where they look: the step's annotations and the job
 * summary (written before the comment, so this is appended under the report). Our own words only.
 */
async function notPosted(reason: string): Promise<void> {
  const message = `The PR comment was not posted: ${reason}`
  core.warning(message)
  await writeJobSummary(`\n> [!WARNING]\n> ${message}\n`)
}
