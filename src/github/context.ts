import { readFileSync } from 'node:fs'

/**
 * What the action needs to know about the workflow run, read from the runner's environment and the event
 * payload. Unlike `@actions/github`'s `context`, it is built on demand from what it is given, so plan
 * runs that never comment do not load Octokit, and tests pass plain objects.
 */
export interface RunContext {
  eventName: string
  owner: string
  repo: string
  /** The commit the workflow runs on (for pull_request: the test merge commit). */
  sha: string
  apiUrl: string
  /** GITHUB_SERVER_URL: where pages (a PR, a comment) live. */
  serverUrl: string
  /** The run's page, which shows the job summary. */
  runUrl: string | undefined
  visibility: 'public' | 'private' | 'internal' | 'unknown'
  pullRequest: PullRequestInfo | undefined
}

export interface PullRequestInfo {
  number: number
  /** `owner/repo` the changes come from; undefined when the fork was deleted. */
  headRepo: string | undefined
  baseRepo: string
  /** Fork PRs get a read-only token, no secrets and no OIDC token. */
  isFork: boolean
}

type Env = Record<string, string | undefined>

export function loadRunContext(env: Env): RunContext {
  const path = env.GITHUB_EVENT_PATH
  let payload: unknown = {}
  if (path) {
    try {
      payload = JSON.parse(readFileSync(path, 'utf8'))
    } catch {
      // A missing or unreadable payload only costs the PR comment; the plan itself does not need it.
      payload = {}
    }
  }
  return runContextFrom(env, payload)
}

export function runContextFrom(env: Env, payload: unknown): RunContext {
  const p = (payload ?? {}) as EventPayload
  const fullName = env.GITHUB_REPOSITORY ?? p.repository?.full_name ?? ''
  const [owner = '', repo = ''] = fullName.split('/')
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com'
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    owner,
    repo,
    sha: env.GITHUB_SHA ?? p.after ?? '',
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: serverUrl.replace(/\/+$/, ''),
    runUrl:
      env.GITHUB_RUN_ID && fullName
        ? `${serverUrl}/${fullName}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined,
    visibility: visibilityOf(p.repository),
    pullRequest: pullRequestOf(p, fullName),
  }
}

function pullRequestOf(p: EventPayload, fullName: string): PullRequestInfo | undefined {
  const pr = p.pull_request
  if (!pr || typeof pr.number !== 'number') return undefined
  const baseRepo = pr.base?.repo?.full_name ?? fullName
  const headRepo = pr.head?.repo?.full_name ?? undefined
  return {
    number: pr.number,
    headRepo,
    baseRepo,
    // Compared by name: a repository that is itself a fork can open PRs within itself.
    isFork: headRepo === undefined || headRepo !== baseRepo,
  }
}

function visibilityOf(repository: EventPayload['repository']): RunContext['visibility'] {
  const v = repository?.visibility
  if (v === 'public' || v === 'private' || v === 'internal') return v
  if (typeof repository?.private === 'boolean') return repository.private ? 'private' : 'public'
  return 'unknown'
}

/** The few fields we read; real payloads carry far more. */
interface EventPayload {
  after?: string
  repository?: { full_name?: string; private?: boolean; visibility?: string }
  pull_request?: {
    number?: number
    head?: { repo?: { full_name?: string } | null }
    base?: { repo?: { full_name?: string } }
  }
}
