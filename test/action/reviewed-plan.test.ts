import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ALL_SENTINELS, type Env, SENTINEL, startEnv, writesTo } from './fixtures.js'
import { expectNoLeak, prPayload, pushPayload, runAction } from './harness.js'

let env: Env
beforeEach(async () => {
  env = await startEnv()
})
afterEach(() => env.close())

const MERGE_SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d'
const DIGEST_LINE = /^<!-- secrets-manifest-plan-digest: sha256:[0-9a-f]{64} -->$/m

const planOnPr = () =>
  runAction({
    workdir: env.workdir,
    inputs: { ...env.inputs, mode: 'plan' },
    event: { name: 'pull_request', payload: prPayload({ number: 12 }) },
    github: env.github,
    env: env.values,
  })
const applyOnPush = () =>
  runAction({
    workdir: env.workdir,
    inputs: { ...env.inputs, mode: 'apply', 'require-reviewed-plan': 'true' },
    event: { name: 'push', payload: pushPayload(MERGE_SHA) },
    sha: MERGE_SHA,
    github: env.github,
    env: env.values,
  })
const merged = () =>
  env.github.pullsForCommit.set(MERGE_SHA, [
    { number: 12, state: 'closed', merge_commit_sha: MERGE_SHA, merged_at: '2026-12-04T09:00:00Z' },
  ])

describe('require-reviewed-plan: apply exactly what the pull request showed', () => {
  it('the plan comment carries the digest; the apply after merge runs when the plan is the same', async () => {
    const plan = await planOnPr()
    expect(plan.code).toBe(0)
    const comment = env.github.comments.get(12)![0]!.body
    expect(comment).toMatch(DIGEST_LINE)
    merged()

    const apply = await applyOnPush()
    expect(apply.stderr).toBe('')
    expect(apply.code).toBe(0)
    expect(apply.stdout).toMatch(/The plan reviewed on #12: sha256:[0-9a-f]{12}/)
    expect(writesTo(env.infisical).length).toBeGreaterThan(0)
    expectNoLeak(apply, env.github, ALL_SENTINELS)
  })

  it('refuses, writing nothing, when the remote changed after the review', async () => {
    expect((await planOnPr()).code).toBe(0)
    merged()
    // After the review, someone creates TLS_KEY in prod by hand: the plan would now write less.
    env.infisical.state.addSecret(env.projectId, 'prod', '/', { key: 'TLS_KEY', value: SENTINEL.pem })
    const before = writesTo(env.infisical).length

    const apply = await applyOnPush()
    expect(apply.code).toBe(1)
    expect(writesTo(env.infisical).length).toBe(before)
    expect(apply.stdout).toMatch(/the plan computed now \(sha256:[0-9a-f]{12}\) is not the reviewed plan/)
    expect(apply.summary).toContain('Apply refused to start; nothing was written.')
    expectNoLeak(apply, env.github, ALL_SENTINELS)
  })

  it('refuses when the merged pull request has no plan comment', async () => {
    merged()
    const apply = await applyOnPush()
    expect(apply.code).toBe(1)
    expect(apply.stdout).toContain(
      'require-reviewed-plan: pull request #12 has no plan comment with a digest for secrets.yaml; apply refused, nothing was written',
    )
    expect(writesTo(env.infisical)).toEqual([])
  })
})
