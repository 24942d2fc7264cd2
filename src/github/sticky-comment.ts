import { type GitHubClient, statusOf } from './client.js'

export interface CommentTarget {
  owner: string
  repo: string
  issueNumber: number
}

export type StickyResult =
  | { status: 'created' | 'updated' | 'unchanged'; commentId: number; url: string }
  /** The token may not read or write comments here (fork PR, read-only token, PR gone). */
  | { status: 'skipped'; httpStatus: number }

/**
 * The hidden first line that identifies our comment for one manifest, so two manifests in one repository
 * keep two comments. The path is sanitised so it cannot close the HTML comment early.
 */
export function markerFor(manifestPath: string): string {
  const path = manifestPath
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/--+/g, '-')
    .replace(/[<>\r\n]/g, '_')
  return `<!-- secrets-manifest:${path} -->`
}

/**
 * Updates the comment that starts with `marker`, or creates it. Every page of comments is searched:
 * on a busy PR the first comment of a long thread is on page one, but ours may be on page five.
 */
export async function upsertStickyComment(
  github: GitHubClient,
  target: CommentTarget,
  marker: string,
  body: string,
): Promise<StickyResult> {
  const { owner, repo, issueNumber } = target
  try {
    const existing = await findComment(github, target, marker)
    if (existing && existing.body === body) {
      // An edit adds a revision to the comment's public history and notifies nobody of anything new.
      return { status: 'unchanged', commentId: existing.id, url: existing.html_url }
    }
    if (existing) {
      const res = await github.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body })
      return { status: 'updated', commentId: res.data.id, url: res.data.html_url }
    }
    const res = await github.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body })
    return { status: 'created', commentId: res.data.id, url: res.data.html_url }
  } catch (error) {
    const httpStatus = statusOf(error)
    if (httpStatus === 403 || httpStatus === 404) return { status: 'skipped', httpStatus }
    throw error
  }
}

interface FoundComment {
  id: number
  body: string
  html_url: string
}

async function findComment(
  github: GitHubClient,
  target: CommentTarget,
  marker: string,
): Promise<FoundComment | undefined> {
  const pages = github.paginate.iterator(github.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  })
  for await (const page of pages) {
    const found = page.data.find((c) => c.body?.startsWith(marker))
    if (found) return { id: found.id, body: found.body ?? '', html_url: found.html_url }
  }
  return undefined
}
