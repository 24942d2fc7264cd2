import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runNode, type Sandbox, startSandbox, writeManifest } from '../support/sandbox.js'

// A rate-limited server, waited out with a progress line instead of in silence. The sandbox's own
// rate limiter (60-second windows per client IP, as Infisical Cloud's) is on for secret routes at one
// request a minute; a request from the test opens the window, then the sandbox's clock is moved on
// so that the CLI's list lands near the window's end and is told to wait a few seconds, not a minute.
const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname
const SKEW_MS = 55_000

let box: Sandbox
let skew = 0
beforeAll(async () => {
  box = await startSandbox({ rateLimits: { secretsPerMinute: 1 }, now: () => Date.now() + skew })
})
afterAll(() => box.close())

describe('progress while rate limited', () => {
  it('the CLI says it was rate limited and how long it waits, then finishes the plan', async () => {
    const path = writeManifest(
      'environments: [dev]\nsecrets:\n  - key: LOG_LEVEL\n    value: { literal: info }\n',
    )
    const opening = await fetch(`${box.server.url}/api/v4/secrets`)
    expect(opening.status).not.toBe(429)
    skew = SKEW_MS
    const r = await runNode(CLI, ['plan', path], { env: box.env })
    expect(r.stderr).toMatch(/^… rate limited by the server, waiting [1-5] s$/m)
    expect(r.stdout).toMatch(/\+ create\s+dev:\/\s+LOG_LEVEL/)
    expect(r.code).toBe(0)
    expect(box.server.requests.filter((q) => q.status === 429)).toHaveLength(1)
  }, 30_000)
})
