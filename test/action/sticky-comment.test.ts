import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js'
import { pullRequestForCommit } from '../../src/github/pull-request-for-commit.js'
import { markerFor, upsertStickyComment } from '../../src/github/sticky-comment.js'
import { type FakeGitHub, startGitHubServer } from '../fakes/github-server.js'

// Real Octokit against the loopback fake: paging follows the Link headers the fake sends, as on github.com.
let gh: FakeGitHub
let github: GitHubClient
const target = { owner: 'acme', repo: 'app', issueNumber: 7 }
const marker = markerFor('secrets.yaml')

beforeEach(async () => {
  gh = await startGitHubServer({ token: 'ghs_test' })
  github = await createGitHubClient('ghs_test', gh.url)
})
afterEach(() => gh.close())

const writes = () => gh.calls.filter((c) => c.method !== 'GET')

describe('upsertStickyComment', () => {
  it('creates the comment once, then edits it in place', async () => {
    const first = await upsertStickyComment(github, target, marker, `${marker}\nplan 1`)
    const second = await upsertStickyComment(github, target, marker, `${marker}\nplan 2`)
    expect(first.status).toBe('created')
    expect(second).toMatchObject({
      status: 'updated',
      commentId: first.status === 'created' ? first.commentId : -1,
    })
    expect(gh.comments.get(7)!.map((c) => c.body)).toEqual([`${marker}\nplan 2`])
    expect(writes().map((c) => `${c.method} ${c.path}`)).toEqual([
      'POST /repos/acme/app/issues/7/comments',
      `PATCH /repos/acme/app/issues/comments/${gh.comments.get(7)![0]!.id}`,
    ])
  })

  it('does not edit when the body is the same (each edit stays in the public history)', async () => {
    await upsertStickyComment(github, target, marker, `${marker}\nsame`)
    const again = await upsertStickyComment(github, target, marker, `${marker}\nsame`)
    expect(again.status).toBe('unchanged')
    expect(writes()).toHaveLength(1)
  })

  it('finds its comment on the third page of a long thread', async () => {
    for (let n = 0; n < 230; n++) gh.addComment(7, `review comment ${n}`)
    const ours = gh.addComment(7, `${marker}\nold plan`, 'github-actions[bot]')
    for (let n = 0; n < 5; n++) gh.addComment(7, `later ${n}`)
    const result = await upsertStickyComment(github, target, marker, `${marker}\nnew plan`)
    expect(result).toMatchObject({ status: 'updated', commentId: ours })
    const lists = gh.calls.filter((c) => c.method === 'GET')
    expect(lists.map((c) => [c.query.per_page, c.query.page ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2'],
      ['100', '3'],
    ])
    expect(gh.comments.get(7)!.filter((c) => c.body.startsWith(marker))).toHaveLength(1)
  })

  it('keeps one comment per manifest', async () => {
    await upsertStickyComment(github, target, markerFor('secrets.yaml'), `${markerFor('secrets.yaml')}\na`)
    await upsertStickyComment(
      github,
      target,
      markerFor('infra/secrets.yaml'),
      `${markerFor('infra/secrets.yaml')}\nb`,
    )
    await upsertStickyComment(github, target, markerFor('./secrets.yaml'), `${markerFor('secrets.yaml')}\nc`)
    expect(gh.comments.get(7)!.map((c) => c.body.split('\n')[1])).toEqual(['c', 'b'])
  })

  it('reports a read-only token as skipped instead of throwing', async () => {
    gh.readOnly = true
    expect(await upsertStickyComment(github, target, marker, `${marker}\nx`)).toEqual({
      status: 'skipped',
      httpStatus: 403,
    })
  })

  it('keeps the marker a single, closed HTML comment whatever the path', () => {
    expect(markerFor('a-->b\n.yaml')).toBe('<!-- secrets-manifest:a-_b_.yaml -->')
    expect(markerFor('.\\infra\\secrets.yaml')).toBe('<!-- secrets-manifest:infra/secrets.yaml -->')
  })
})

describe('pullRequestForCommit', () => {
  it('picks the PR whose merge produced the commit', async () => {
    gh.pullsForCommit.set('abc123', [
      { number: 3, state: 'open', merge_commit_sha: 'fff', merged_at: null },
      { number: 9, state: 'closed', merge_commit_sha: 'abc123', merged_at: '2026-11-20T10:00:00Z' },
    ])
    expect(await pullRequestForCommit(github, 'acme', 'app', 'abc123')).toBe(9)
    expect(gh.calls.at(-1)).toMatchObject({ method: 'GET', path: '/repos/acme/app/commits/abc123/pulls' })
  })

  it('returns undefined for a commit pushed without a PR', async () => {
    expect(await pullRequestForCommit(github, 'acme', 'app', 'def456')).toBeUndefined()
  })
})
