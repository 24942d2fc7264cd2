import { UserError } from '../app/types.js'
import { short } from '../core/plan/digest.js'
import { createGitHubClient } from '../github/client.js'
import type { RunContext } from '../github/context.js'
import { pullRequestForCommit } from '../github/pull-request-for-commit.js'
import { findComment, markerFor } from '../github/sticky-comment.js'
import type { ActionInputs } from './inputs.js'
import { logInfo } from './log.js'

const DIGEST = /^<!-- secrets-manifest-plan-digest: (sha256:[0-9a-f]{64}) -->$/m

/** The hidden line a plan comment carries, under the sticky marker. */
export function digestLine(digest: string): string {
  return `<!-- secrets-manifest-plan-digest: ${digest} -->`
}

/**
 * The digest of the plan the merged pull request showed, from our own sticky comment (the author is
 * checked, so a pasted marker does not count). Anything that keeps us from knowing it refuses the apply:
 * `require-reviewed-plan` promises that nothing unreviewed is written.
 */
export async function reviewedPlanOf(inputs: ActionInputs, ctx: RunContext): Promise<{ digest: string }> {
  const refuse = (why: string) =>
    new UserError(`require-reviewed-plan: ${why}; apply refused, nothing was written`)
  if (ctx.eventName !== 'push' || !ctx.sha)
    throw refuse(`runs on push (after a merge), not on ${ctx.eventName || 'this event'}`)
  if (!inputs.githubToken) throw refuse('input `github-token` is empty, so the pull request cannot be read')
  const github = await createGitHubClient(inputs.githubToken, ctx.apiUrl)
  const number = await pullRequestForCommit(github, ctx.owner, ctx.repo, ctx.sha)
  if (number === undefined) throw refuse(`no pull request is associated with commit ${ctx.sha}`)
  const comment = await findComment(
    github,
    { owner: ctx.owner, repo: ctx.repo, issueNumber: number },
    markerFor(inputs.manifest),
  )
  const digest = comment ? DIGEST.exec(comment.body)?.[1] : undefined
  if (!digest)
    throw refuse(`pull request #${number} has no plan comment with a digest for ${inputs.manifest}`)
  logInfo(`The plan reviewed on #${number}: ${short(digest)}`)
  return { digest }
}
