import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Env, startEnv } from './fixtures.js'
import { prPayload, runAction } from './harness.js'

// The action's log while the server rate-limits: the sandbox's own limiter (60-second windows per
// client IP) at two secret requests a minute. A request from the test opens the window, then the
// sandbox's clock moves on, so the plan's second list lands near the window's end and waits seconds.
let env: Env
let skew = 0
beforeAll(async () => {
  env = await startEnv({ rateLimits: { secretsPerMinute: 2 }, now: () => Date.now() + skew })
})
afterAll(() => env.close())

describe('progress in the action log', () => {
  it('says it was rate limited and how long it waits, then plans', async () => {
    expect((await fetch(`${env.infisical.url}/api/v4/secrets`)).status).not.toBe(429)
    skew = 55_000
    const run = await runAction({
      workdir: env.workdir,
      inputs: { ...env.inputs, mode: 'plan', comment: 'false' },
      event: { name: 'pull_request', payload: prPayload({ number: 7 }) },
      github: env.github,
      env: env.values,
    })
    expect(run.stdout).toMatch(/^rate limited by the server, waiting [1-5] s$/m)
    expect(run.code).toBe(0)
    expect(env.infisical.requests.filter((r) => r.status === 429)).toHaveLength(1)
  }, 30_000)
})
