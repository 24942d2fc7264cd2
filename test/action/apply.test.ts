import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { markerFor } from '../../src/github/sticky-comment.js'
import { ALL_SENTINELS, type Env, SENTINEL, startEnv, writesTo } from './fixtures.js'
import { expectMasked, expectNoLeak, prPayload, pushPayload, runAction } from './harness.js'

let env: Env
beforeEach(async () => {
  env = await startEnv()
})
afterEach(() => env.close())

const MERGE_SHA = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432'
const marker = markerFor('secrets.yaml')

const apply = (extra: Record<string, string> = {}, values = env.values) =>
  runAction({
    workdir: env.workdir,
    inputs: { ...env.inputs, mode: 'apply', ...extra },
    event: { name: 'push', payload: pushPayload(MERGE_SHA) },
    sha: MERGE_SHA,
    github: env.github,
    env: values,
  })

const remote = (environment: string) =>
  Object.fromEntries(
    env.infisical.state.listSecrets(env.projectId, environment, '/').map((s) => [s.key, s.value]),
  )

describe('mode: apply on push', () => {
  it('writes the manifest, then reports on the PR the merge came from, editing its plan comment', async () => {
    env.github.pullsForCommit.set(MERGE_SHA, [
      { number: 3, state: 'open', merge_commit_sha: null, merged_at: null },
      { number: 12, state: 'closed', merge_commit_sha: MERGE_SHA, merged_at: '2026-11-23T09:00:00Z' },
    ])
    // The plan comment from the pull request's last run.
    const planComment = env.github.addComment(12, `${marker}\n### plan`, 'github-actions[bot]')

    const run = await apply()
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)

    expect(remote('prod')).toEqual({
      LOG_LEVEL: 'info',
      LEGACY_API_KEY: SENTINEL.remoteOnly,
      DATABASE_URL: SENTINEL.db,
      TLS_KEY: SENTINEL.pem,
    })
    expect(remote('dev')).toMatchObject({ LOG_LEVEL: 'info' })

    expect(env.github.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      `GET /repos/acme/app/commits/${MERGE_SHA}/pulls`,
      'GET /repos/acme/app/issues/12/comments',
      `PATCH /repos/acme/app/issues/comments/${planComment}`,
    ])
    const body = env.github.comments.get(12)![0]!.body
    expect(body.startsWith(`${marker}\n### 🔐 secrets-manifest apply`)).toBe(true)
    expect(body).toContain('**3 applied**, 0 failed.')
    expect(body).toContain('| ✅ applied | create | `prod` | `/` | `TLS_KEY` |')

    expect(run.summary).toContain('| ✅ applied | update | `dev` | `/` | `LOG_LEVEL` | value |')
    expect(JSON.parse(run.outputs.summary!)).toMatchObject({ applied: 3, failed: 0, create: 2, update: 1 })
    expect(run.stdout).toMatch(/^::group::Apply$/m)
    expect(run.commands.filter((c) => c.name === 'error')).toEqual([])

    expectMasked(run, [SENTINEL.db, SENTINEL.pem, SENTINEL.remoteOnly, SENTINEL.clientSecret])
    expectNoLeak(run, env.github, ALL_SENTINELS)
  })

  it('converges: a second apply writes nothing', async () => {
    expect((await apply({ comment: 'false' })).code).toBe(0)
    const before = writesTo(env.infisical).length
    const again = await apply({ comment: 'false' })
    expect(again.code).toBe(0)
    expect(writesTo(env.infisical).length).toBe(before)
    expect(again.outputs['has-changes']).toBe('false')
  })

  it('fails once, with every outcome in the summary, when the server rejects an item', async () => {
    env.infisical.faults.add({
      kind: 'status',
      status: 403,
      method: 'PATCH',
      path: /\/secrets\/batch$/,
      message: 'You are not allowed to edit on secrets',
    })
    const run = await apply({ comment: 'false' })
    expect(run.code).toBe(1)
    const errors = run.commands.filter((c) => c.name === 'error')
    expect(errors.map((c) => c.message)).toEqual([expect.stringMatching(/^1 of 3 item\(s\) failed to apply/)])
    expect(run.summary).toMatch(/\| ❌ failed \| update \| `dev` \| `\/` \| `LOG_LEVEL` \| value · .*403/)
    expect(run.summary).toContain('| ✅ applied | create | `prod` | `/` | `DATABASE_URL` |')
    expect(remote('prod').DATABASE_URL).toBe(SENTINEL.db)
    expectNoLeak(run, env.github, ALL_SENTINELS)
  })

  it('refuses to start, writing nothing, when a value source is missing', async () => {
    const run = await apply({ comment: 'false' }, { DB_URL: SENTINEL.db })
    expect(run.code).toBe(1)
    expect(run.commands.filter((c) => c.name === 'error').map((c) => c.message)).toEqual([
      expect.stringMatching(/^apply refused to start: 1 item\(s\)/),
    ])
    expect(run.summary).toContain('Apply refused to start; nothing was written')
    expect(run.summary).toContain('TLS\\_KEY')
    expect(writesTo(env.infisical)).toEqual([])
  })

  it('reports on the pull request itself when apply runs on pull_request', async () => {
    const run = await runAction({
      workdir: env.workdir,
      inputs: { ...env.inputs, mode: 'apply' },
      event: { name: 'pull_request', payload: prPayload({ number: 5 }) },
      github: env.github,
      env: env.values,
    })
    expect(run.code).toBe(0)
    expect(env.github.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /repos/acme/app/issues/5/comments',
      'POST /repos/acme/app/issues/5/comments',
    ])
  })

  it('keeps the report in the summary when a push has no pull request', async () => {
    const run = await apply()
    expect(run.code).toBe(0)
    expect(env.github.calls.map((c) => c.path)).toEqual([`/repos/acme/app/commits/${MERGE_SHA}/pulls`])
    expect(run.stdout).toContain(`No pull request is associated with commit ${MERGE_SHA}`)
    expect(run.summary).toContain('secrets-manifest apply')
  })
})
