import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { runPlan } from '../../src/app/run.js'
import { Redactor } from '../../src/core/redact.js'
import { HttpClient } from '../../src/http/client.js'
import { CLIENT_SECRET, writeManifest } from '../support/sandbox.js'

// A server that answers at once and then sends its reply one byte at a time never trips a per-chunk
// timeout; only an overall deadline per request bounds it.
let server: Server | undefined
afterEach(async () => {
  server?.closeAllConnections()
  await new Promise((r) => (server ? server.close(r) : r(undefined)))
  server = undefined
})

async function tricklingServer(): Promise<{ url: string; host: string }> {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.write('{')
    const timer = setInterval(() => res.write(' '), 100)
    res.on('close', () => clearInterval(timer))
  })
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r))
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url: `http://${host}`, host }
}

describe('every request has an overall deadline', () => {
  it('the HTTP client gives up on a trickling reply at the deadline, naming host and deadline', async () => {
    const { url, host } = await tricklingServer()
    const http = new HttpClient({ baseUrl: url, requestDeadlineMs: 800 })
    const started = Date.now()
    await expect(
      http.send({ method: 'GET', path: '/api/x', operation: 'read project', idempotent: true }),
    ).rejects.toThrow(`read project failed: no complete reply from ${host} within 0.8 s`)
    // Not retried: a server that trickles once trickles again.
    expect(Date.now() - started).toBeLessThan(3_000)
    await http.close()
  })

  it('plan against a trickling server fails with the deadline set in SECRETS_MANIFEST_REQUEST_DEADLINE_SECONDS', async () => {
    const { url, host } = await tricklingServer()
    const manifestPath = writeManifest(
      'environments: [dev]\nsecrets:\n  - key: A\n    value: { literal: a }\n',
    )
    await expect(
      runPlan({
        manifestPath,
        env: { SECRETS_MANIFEST_REQUEST_DEADLINE_SECONDS: '1' },
        credentials: { method: 'universal', clientId: 'ci-identity', clientSecret: CLIENT_SECRET },
        siteUrl: url,
        redactor: new Redactor(),
      }),
    ).rejects.toThrow(new RegExp(`no complete reply from ${host.replace(/\./g, '\\.')} within 1 s`))
  })
})
