import { createServer, type RequestListener, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { runPlan } from '../../src/app/run.js'
import type { RunOptions } from '../../src/app/types.js'
import { Redactor } from '../../src/core/redact.js'
import { HttpClient } from '../../src/http/client.js'
import { CLIENT_SECRET, PROJECT_ID, type Sandbox, startSandbox, writeManifest } from '../support/sandbox.js'

let box: Sandbox | undefined
let raw: Server | undefined
afterEach(async () => {
  await box?.close()
  await new Promise((r) => (raw ? raw.close(r) : r(undefined)))
  box = undefined
  raw = undefined
})

async function rawServer(handler: RequestListener): Promise<string> {
  raw = createServer(handler)
  await new Promise<void>((r) => raw!.listen(0, '127.0.0.1', r))
  return `http://127.0.0.1:${(raw.address() as AddressInfo).port}`
}

const manifest = () => writeManifest('environments: [dev]\nsecrets:\n  - key: A\n    value: { literal: a }\n')
const opts = (siteUrl: string, clientSecret = CLIENT_SECRET): RunOptions => ({
  manifestPath: manifest(),
  env: {},
  credentials: { method: 'universal', clientId: 'ci-identity', clientSecret },
  siteUrl,
  redactor: new Redactor(),
})

describe('HTTP behaviour against real servers', () => {
  it('logs in again once when the token expires mid-run', async () => {
    let now = Date.parse('2026-11-23T10:00:00Z')
    box = await startSandbox({ now: () => now })
    box.server.state.addSecret(PROJECT_ID, 'dev', '/', { key: 'A', value: 'a' })
    // Expire every token right after the project read, before the listing.
    const original = box.server.state.resolveToken.bind(box.server.state)
    let reads = 0
    box.server.state.resolveToken = (token: string) => {
      if (++reads === 2) now += 31 * 24 * 3600 * 1000
      return original(token)
    }
    const r = await runPlan(opts(box.server.url))
    expect(r.kind).toBe('planned')
    expect(box.server.requests.filter((q) => q.path.endsWith('/universal-auth/login'))).toHaveLength(2)
  })

  it('sends exactly one login with wrong credentials (three would lock the identity)', async () => {
    box = await startSandbox()
    await expect(runPlan(opts(box.server.url, 'wrong'))).rejects.toThrow(/HTTP 401 Invalid credentials/)
    expect(box.server.requests.filter((q) => q.path.endsWith('/login'))).toHaveLength(1)
  })

  it('waits out a 429 as the server asks and then succeeds', async () => {
    box = await startSandbox()
    box.server.faults.add({
      method: 'GET',
      path: '/api/v4/secrets',
      kind: 'status',
      status: 429,
      retryAfterSeconds: 1,
    })
    const started = Date.now()
    expect((await runPlan(opts(box.server.url))).kind).toBe('planned')
    expect(box.server.requests.filter((q) => q.path === '/api/v4/secrets').map((q) => q.status)).toEqual([
      429, 200,
    ])
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
  })

  it('retries a read whose connection was reset', async () => {
    box = await startSandbox()
    box.server.faults.add({ method: 'GET', path: '/api/v4/secrets', kind: 'reset-before' })
    expect((await runPlan(opts(box.server.url))).kind).toBe('planned')
  })

  it('never follows a redirect, so credentials cannot be sent elsewhere', async () => {
    let hits = 0
    const target = await rawServer((_req, res) => {
      hits++
      res.writeHead(307, { location: 'http://127.0.0.2:9/api/v1/auth/universal-auth/login' }).end()
    })
    await expect(runPlan(opts(target))).rejects.toThrow(/universal-auth login failed: HTTP 307/)
    expect(hits).toBe(1)
  })

  it('gives a clear error for malformed and oversized replies', async () => {
    const target = await rawServer((req, res) => {
      if (req.url?.includes('/login'))
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"accessToken":"tok-SENTINEL-1"}')
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{"project": not json')
    })
    await expect(runPlan(opts(target))).rejects.toThrow(
      /read project .* failed: the reply of GET \/api\/v1\/projects\/\S+ is not in the documented form/,
    )
    const client = new HttpClient({ baseUrl: target, maxResponseBytes: 10 })
    await expect(
      client.send({ method: 'GET', path: '/big', operation: 'read big', idempotent: true }),
    ).rejects.toThrow(/larger than 10 bytes/)
    await client.close()
  })

  it('refuses plain http to anything but loopback unless allowed', () => {
    expect(() => new HttpClient({ baseUrl: 'http://10.0.0.1' })).toThrow(
      /refusing to send credentials over plain http/,
    )
    expect(() => new HttpClient({ baseUrl: 'http://10.0.0.1', allowInsecureHttp: true })).not.toThrow()
    expect(() => new HttpClient({ baseUrl: 'http://[::1]:8080' })).not.toThrow()
  })
})
