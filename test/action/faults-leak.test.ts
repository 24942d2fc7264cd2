import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { FaultSpec } from '../../src/sandbox/infisical/index.js'
import { ALL_SENTINELS, type Env, startEnv } from './fixtures.js'
import { expectNoLeak, prPayload, runAction } from './harness.js'

// The leak suite in every fault mode, on every channel the action writes: log, summary, outputs, plan
// file and the PR comment sent to (fake) GitHub. Each value is also checked in its encoded forms.
let env: Env
beforeEach(async () => {
  env = await startEnv()
})
afterEach(() => env.close())

const FAULTS: Record<string, FaultSpec> = {
  '500': { method: 'POST', path: '/api/v4/secrets/batch', kind: 'status', status: 500 },
  '429': { method: 'POST', path: '/api/v4/secrets/batch', kind: 'status', status: 429, retryAfterSeconds: 1 },
  'reset before the reply': { method: 'POST', path: '/api/v4/secrets/batch', kind: 'reset-before' },
  'reset after the commit': { method: 'POST', path: '/api/v4/secrets/batch', kind: 'reset-after' },
  'every write fails': {
    method: 'POST',
    path: '/api/v4/secrets/batch',
    kind: 'status',
    status: 500,
    times: 10,
  },
}

const encoded = (v: string) => [
  v,
  Buffer.from(v).toString('base64'),
  encodeURIComponent(v),
  JSON.stringify(v).slice(1, -1),
]

describe('no value on any action channel, whatever the server does', () => {
  it.each(Object.entries(FAULTS))('apply with a fault: %s', async (_name, fault) => {
    env.infisical.faults.add(fault)
    const run = await runAction({
      workdir: env.workdir,
      inputs: { ...env.inputs, mode: 'apply' },
      event: { name: 'pull_request', payload: prPayload({ number: 7 }) },
      github: env.github,
      env: env.values,
    })
    // A fault that leaves writes failed must fail the step, and say so once.
    const failed = fault.kind === 'status' && fault.times === 10
    expect(run.code).toBe(failed ? 1 : 0)
    expect(env.github.calls.some((c) => c.method === 'POST' || c.method === 'PATCH')).toBe(true)
    expectNoLeak(run, env.github, ALL_SENTINELS.flatMap(encoded))
  })
})
