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
 * Updates our comment that starts with `marker` (see findComment for "our"), or creates it. Every page of comments is searched:
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

/** Who posts with the workflow's own token (an installation token, for which `GET /user` is refused). */
const ACTIONS_BOT = 'github-actions[bot]'

/**
 * Our comment carries the marker and our author: anyone can paste the marker into a comment, and editing
 * theirs would put the plan under their name. The author is `github-actions[bot]`, or the token's own
 * login when GitHub tells it (a personal token), which is asked only when another author's comment
 * carries the marker, so the usual run makes no extra request.
 */
export async function findComment(
  github: GitHubClient,
  target: CommentTarget,
  marker: string,
): Promise<FoundComment | undefined> {
  const candidates: (FoundComment & { login: string | undefined })[] = []
  for await (const page of commentPages(github, target)) {
    for (const c of page.data) {
      if (!c.body?.startsWith(marker)) continue
      const found = { id: c.id, body: c.body, html_url: c.html_url, login: c.user?.login }
      if (found.login === ACTIONS_BOT) return found
      candidates.push(found)
    }
  }
  if (candidates.length === 0) return undefined
  const own = await tokenLogin(github)
  return own === undefined ? undefined : candidates.find((c) => c.login === own)
}

async function tokenLogin(github: GitHubClient): Promise<string | undefined> {
  try {
    return (await github.rest.users.getAuthenticated()).data.login
  } catch {
    return undefined
  }
}

function commentPages(github: GitHubClient, target: CommentTarget) {
  return github.paginate.iterator(github.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  })
}
