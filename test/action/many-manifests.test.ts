import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { markerFor } from '../../src/github/sticky-comment.js'
import { ALL_SENTINELS, type Env, manifestFor, startEnv, writesTo } from './fixtures.js'
import { expectNoLeak, prPayload, pushPayload, runAction } from './harness.js'

let env: Env
beforeEach(async () => {
  env = await startEnv()
})
afterEach(() => env.close())

describe('several manifests in one step', () => {
  it('plans each on its own with its own comment; a broken one does not hide the others; results say whose', async () => {
    writeFileSync(
      join(env.workdir, 'other.yaml'),
      manifestFor(env.projectId).replace('key: TLS_KEY', 'key: OTHER_KEY'),
    )
    writeFileSync(join(env.workdir, 'broken.yaml'), 'version: 1\nprovider: { type: nope }\n')
    const run = await runAction({
      workdir: env.workdir,
      inputs: { ...env.inputs, mode: 'plan', manifest: 'secrets.yaml\nbroken.yaml\n*.yaml' },
      event: { name: 'pull_request', payload: prPayload({ number: 5 }) },
      github: env.github,
      env: env.values,
    })
    expect(run.code).toBe(1)
    const results = JSON.parse(run.outputs.results!)
    expect(results).toEqual([
      expect.objectContaining({ manifest: 'secrets.yaml', exitCode: 0, hasChanges: expect.any(Boolean) }),
      { manifest: 'broken.yaml', exitCode: 1 },
      expect.objectContaining({ manifest: 'other.yaml', exitCode: 0, hasChanges: expect.any(Boolean) }),
    ])
    // The single-manifest outputs speak for every manifest, not for the last one.
    expect(run.outputs['has-changes']).toBe(
      String(results.some((r: { hasChanges?: boolean }) => r.hasChanges)),
    )
    const created = results.reduce(
      (n: number, r: { summary?: { create?: number } }) => n + (r.summary?.create ?? 0),
      0,
    )
    expect(created).toBeGreaterThan(results[2].summary.create)
    expect(JSON.parse(run.outputs.summary!).create).toBe(created)
    expect(run.outputs.plan).toBe(results[2].plan)
    expect(run.outputs['exit-code']).toBe('1')
    const bodies = env.github.comments.get(5)!.map((c) => c.body)
    expect(bodies).toHaveLength(3)
    for (const m of ['secrets.yaml', 'broken.yaml', 'other.yaml'])
      expect(bodies.filter((b) => b.startsWith(markerFor(m)))).toHaveLength(1)
    expect(bodies.find((b) => b.startsWith(markerFor('other.yaml')))).toContain('`OTHER_KEY`')
    expect(run.summary).toContain('secrets-manifest plan · `secrets.yaml`')
    expect(run.summary).toContain('secrets-manifest plan · `other.yaml`')
    expectNoLeak(run, env.github, ALL_SENTINELS)
  })
})

describe('several manifests applied in one step', () => {
  const MERGE_SHA = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432'
  const applyAll = (manifest: string) =>
    runAction({
      workdir: env.workdir,
      inputs: { ...env.inputs, mode: 'apply', comment: 'false', manifest },
      event: { name: 'push', payload: pushPayload(MERGE_SHA) },
      sha: MERGE_SHA,
      github: env.github,
      env: env.values,
    })
  const prodKeys = () =>
    env.infisical.state
      .listSecrets(env.projectId, 'prod', '/')
      .map((s) => s.key)
      .sort()

  it('applies each; one that is refused writes nothing and does not stop the others; a re-run converges', async () => {
    writeFileSync(
      join(env.workdir, 'other.yaml'),
      manifestFor(env.projectId).replace('key: TLS_KEY', 'key: OTHER_KEY'),
    )
    // A value this job cannot read: apply refuses that manifest before any write of its own.
    writeFileSync(
      join(env.workdir, 'unreadable.yaml'),
      manifestFor(env.projectId)
        .replace('key: TLS_KEY', 'key: NEVER_WRITTEN')
        .replace('env: TLS_KEY_PEM', 'env: NOT_IN_THIS_JOB'),
    )
    const run = await applyAll('secrets.yaml\nunreadable.yaml\nother.yaml')
    expect(run.code).toBe(1)
    const results = JSON.parse(run.outputs.results!)
    expect(results.map((r: { manifest: string; exitCode: number }) => [r.manifest, r.exitCode])).toEqual([
      ['secrets.yaml', 0],
      ['unreadable.yaml', 1],
      ['other.yaml', 0],
    ])
    expect(prodKeys()).toEqual(['DATABASE_URL', 'LEGACY_API_KEY', 'LOG_LEVEL', 'OTHER_KEY', 'TLS_KEY'])
    expect(run.outputs['exit-code']).toBe('1')
    expect(JSON.parse(run.outputs.summary!).failed).toBe(0)
    expectNoLeak(run, env.github, ALL_SENTINELS)

    const before = writesTo(env.infisical).length
    const again = await applyAll('secrets.yaml\nother.yaml')
    expect(again.code).toBe(0)
    expect(writesTo(env.infisical).length).toBe(before)
    expect(again.outputs['has-changes']).toBe('false')
    expectNoLeak(again, env.github, ALL_SENTINELS)
  })
})
