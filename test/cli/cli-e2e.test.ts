import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CLIENT_SECRET,
  PROJECT_ID,
  runNode,
  type Sandbox,
  startSandbox,
  writeManifest,
} from '../support/sandbox.js'

const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname

// Values that must never appear in any output: one per shape a leak can take.
const SENTINELS = {
  DEV_DB: 'postgres://app:SENTINEL-dev-pw-4f1a@db:5432/app',
  PROD_DB: '-----BEGIN PRIVATE KEY-----\nSENTINELline2abcdef\n-----END PRIVATE KEY-----\n',
  JSON_CFG: '{"token":"SENTINEL-json-77aa","n":1}',
}

let box: Sandbox
beforeAll(async () => {
  box = await startSandbox()
  box.server.state.addSecret(PROJECT_ID, 'dev', '/', {
    key: 'REMOTE_ONLY',
    value: 'SENTINEL-remote-only-value',
  })
})
afterAll(() => box.close())

const manifest = () =>
  writeManifest(
    'environments: [dev, prod]\nsecrets:\n  - key: DB_URL\n    path: /backend\n    value:\n      dev: { env: DEV_DB }\n      prod: { env: PROD_DB }\n  - key: CFG\n    value: { env: JSON_CFG }\n  - key: SESSION\n    value: { generate: { length: 32 } }\n',
  )

describe('the CLI bundle (dist/cli/index.js) end to end', () => {
  it('plans, applies and re-plans to no changes, and no value reaches any output', async () => {
    const path = manifest()
    const env = { ...box.env, ...SENTINELS }
    const plan = await runNode(CLI, ['plan', '--manifest', path], { env })
    expect(plan.code).toBe(0)
    expect(plan.stdout).toMatch(/\+ create\s+dev:\/backend\s+DB_URL/)
    expect(plan.stdout).toMatch(/Plan: 6 to create, 0 to update, 0 to delete, 0 unchanged, 1 remote-only\./)

    const apply = await runNode(CLI, ['apply', '--manifest', path], { env })
    expect(apply.code).toBe(0)
    expect(apply.stdout).toMatch(/Apply: 6 applied, 0 failed/)

    const json = await runNode(CLI, ['plan', '--manifest', path, '--json'], { env })
    expect(json.code).toBe(0)
    const parsed = JSON.parse(json.stdout)
    expect(parsed.hasChanges).toBe(false)
    expect(parsed.summary).toMatchObject({ create: 0, update: 0, unchanged: 6, remoteOnly: 1 })

    const generated = box.server.state
      .listSecrets(PROJECT_ID, 'dev', '/')
      .find((s) => s.key === 'SESSION')!.value
    const everything = [plan, apply, json].flatMap((r) => [r.stdout, r.stderr]).join('\n')
    for (const leak of [
      ...Object.values(SENTINELS),
      'SENTINELline2abcdef',
      'SENTINEL-json-77aa',
      'SENTINEL-remote-only-value',
      CLIENT_SECRET,
      generated,
    ]) {
      expect(everything).not.toContain(leak)
    }
  })

  it('prints every manifest problem with file:line:col, exits 1 and sends nothing', async () => {
    const before = box.server.requests.length
    const path = writeManifest(
      'environments: [dev]\nsecrets:\n  - key: A\n    path: nope\n  - key: B\n    valeu: { env: X }\n',
    )
    const r = await runNode(CLI, ['plan', '--manifest', path], { env: box.env })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${path}:8:11: manifest-schema: secrets.0.path: path must start with '/'`)
    expect(r.stderr).toContain(`${path}:10:5: manifest-schema: unknown field 'valeu' in secrets.1`)
    expect(r.stderr).toContain('2 problem(s) in the manifest; nothing was sent to the server.')
    expect(r.stderr).not.toMatch(/\n\s+at /)
    expect(box.server.requests.length).toBe(before)
  })

  it('reports a usage error with exit code 2 and a missing manifest with exit code 1', async () => {
    const usage = await runNode(CLI, ['frobnicate'], { env: box.env })
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain("unknown command 'frobnicate'")
    const missing = await runNode(CLI, ['plan', '--manifest', '/nonexistent/secrets.yaml'], { env: box.env })
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('cannot read the manifest /nonexistent/secrets.yaml')
  })

  it('exits 1 with a clear message when the server is unreachable or credentials are absent', async () => {
    const path = manifest()
    const noCreds = await runNode(CLI, ['plan', '--manifest', path], {
      env: { INFISICAL_SITE_URL: box.server.url, ...SENTINELS },
    })
    expect(noCreds.code).toBe(1)
    expect(noCreds.stderr).toContain('no Infisical credentials')
    const down = await runNode(CLI, ['plan', '--manifest', path], {
      env: { ...box.env, ...SENTINELS, INFISICAL_SITE_URL: 'http://127.0.0.1:1' },
    })
    expect(down.code).toBe(1)
    expect(down.stderr).toMatch(
      /login failed: connection refused by 127\.0\.0\.1:1 \(is the server URL right and the server up\?\)/,
    )
  })

  it('refuses plain http to a non-loopback host', async () => {
    const r = await runNode(CLI, ['plan', '--manifest', manifest()], {
      env: { ...box.env, ...SENTINELS, INFISICAL_SITE_URL: 'http://example.invalid' },
    })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('refusing to send credentials over plain http to example.invalid')
  })
})
