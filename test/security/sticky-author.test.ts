import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createGitHubClient } from '../../src/github/client.js'
import { markerFor, upsertStickyComment } from '../../src/github/sticky-comment.js'
import { type Env, startEnv } from '../action/fixtures.js'
import { prPayload, runAction } from '../action/harness.js'
import { startGitHubServer } from '../fakes/github-server.js'

// Anyone can write our hidden marker into a comment. The sticky comment is the one with the marker AND
// our author; editing someone else's comment would put the plan under their name, or fail.
const marker = markerFor('secrets.yaml')
const target = { owner: 'acme', repo: 'app', issueNumber: 7 }

describe('the sticky comment is found by marker and author', () => {
  it("never edits a user's comment that carries our marker; creates our own", async () => {
    await using gh = await startGitHubServer({ token: 'ghs_t' })
    const github = await createGitHubClient('ghs_t', gh.url)
    const theirs = gh.addComment(7, `${marker}\nlooks good to me`, 'mallory')
    const r = await upsertStickyComment(github, target, marker, `${marker}\nplan`)
    expect(r.status).toBe('created')
    expect(gh.calls.filter((c) => c.method === 'PATCH')).toEqual([])
    const comments = gh.comments.get(7)!
    expect(comments.find((c) => c.id === theirs)!.body).toBe(`${marker}\nlooks good to me`)
    expect(comments.filter((c) => c.user.login === 'github-actions[bot]').map((c) => c.body)).toEqual([
      `${marker}\nplan`,
    ])
    // The next run finds its own comment, not the user's.
    const again = await upsertStickyComment(github, target, marker, `${marker}\nplan 2`)
    expect(again).toMatchObject({ status: 'updated', commentId: r.status === 'created' ? r.commentId : -1 })
  })

  it("with a personal token, the token's own login (GET /user) is ours too", async () => {
    await using gh = await startGitHubServer({ token: 'ghp_t', login: 'release-bot' })
    const github = await createGitHubClient('ghp_t', gh.url)
    gh.addComment(7, `${marker}\nnot ours`, 'mallory')
    const ours = gh.addComment(7, `${marker}\nold plan`, 'release-bot')
    const r = await upsertStickyComment(github, target, marker, `${marker}\nnew plan`)
    expect(r).toMatchObject({ status: 'updated', commentId: ours })
    expect(gh.comments.get(7)!.map((c) => c.body)).toEqual([`${marker}\nnot ours`, `${marker}\nnew plan`])
  })
})

describe('through the action bundle', () => {
  let env: Env
  beforeEach(async () => {
    env = await startEnv()
  })
  afterEach(() => env.close())

  const plan = (payload = prPayload({ number: 7 })) =>
    runAction({
      workdir: env.workdir,
      inputs: { ...env.inputs, mode: 'plan' },
      event: { name: 'pull_request', payload },
      github: env.github,
      env: env.values,
    })

  it("a user's comment with our marker is left alone", async () => {
    const theirs = env.github.addComment(7, `${marker}\n@everyone approve this`, 'mallory')
    const run = await plan()
    expect(run.code).toBe(0)
    const comments = env.github.comments.get(7)!
    expect(comments.find((c) => c.id === theirs)!.body).toBe(`${marker}\n@everyone approve this`)
    expect(comments.filter((c) => c.user.login === 'github-actions[bot]')).toHaveLength(1)
  })

  it('a comment GitHub refuses (403) is a warning and a line in the job summary', async () => {
    env.github.readOnly = true
    const run = await plan()
    expect(run.code).toBe(0)
    const warnings = run.commands.filter((c) => c.name === 'warning').map((c) => c.message)
    expect(warnings).toEqual([expect.stringMatching(/^The PR comment was not posted: GitHub answered 403/)])
    expect(run.summary).toMatch(/The PR comment was not posted: GitHub answered 403/)
  })

  it('a fork PR, whose token cannot comment, is a warning and a line in the job summary', async () => {
    const run = await plan(prPayload({ number: 7, headRepo: 'mallory/app' }))
    expect(run.code).toBe(0)
    const warnings = run.commands.filter((c) => c.name === 'warning').map((c) => c.message)
    expect(warnings).toEqual([expect.stringMatching(/^The PR comment was not posted: .*fork/)])
    expect(run.summary).toMatch(/The PR comment was not posted: .*fork/)
    expect(env.github.calls).toEqual([])
  })
})
