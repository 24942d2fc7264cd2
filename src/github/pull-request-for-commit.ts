import { type GitHubClient, statusOf } from './client.js'

/**
 * The pull request a pushed commit came from, so apply can report on the PR that was reviewed. A merge
 * commit lists the merged PR; a commit can also belong to open PRs from other branches, so the PR that
 * produced this exact commit wins, then any merged one.
 */
export async function pullRequestForCommit(
  github: GitHubClient,
  owner: string,
  repo: string,
  sha: string,
): Promise<number | undefined> {
  try {
    const res = await github.rest.repos.listPullRequestsAssociatedWithCommit({
      owner,
      repo,
      commit_sha: sha,
      per_page: 100,
    })
    const pulls = res.data
    const chosen =
      pulls.find((p) => p.merge_commit_sha === sha) ??
      pulls.find((p) => p.merged_at) ??
      pulls.find((p) => p.state === 'open')
    return chosen?.number
  } catch (error) {
    const status = statusOf(error)
    // A read-only or missing permission only costs the comment; the job summary still has the report.
    if (status === 403 || status === 404 || status === 422) return undefined
    throw error
  }
}
