import type { getOctokit } from '@actions/github'

export type GitHubClient = ReturnType<typeof getOctokit>

/**
 * Loads Octokit on first use: it is the heaviest part of the bundle, and a plan run that posts no
 * comment should not pay its start-up cost.
 */
export async function createGitHubClient(token: string, apiUrl: string): Promise<GitHubClient> {
  const { getOctokit } = await import('@actions/github')
  return getOctokit(token, { baseUrl: apiUrl })
}

/** The HTTP status of an Octokit request error, if that is what `error` is. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}
