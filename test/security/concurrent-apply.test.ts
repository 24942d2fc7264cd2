import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PROJECT_ID, runNode, type Sandbox, startSandbox, writeManifest } from '../support/sandbox.js'

const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname
const OTHER_RUN = 'value-from-the-other-apply-SENTINEL-5c1d'

/**
 * Two applies at once must not replace a generated value: the one whose create meets "already exists"
 * keeps the server's value. A value the manifest declares may still be written over what appeared.
 */
describe('concurrent applies (CLI bundle, real HTTP)', () => {
  let box: Sandbox
  beforeEach(async () => {
    box = await startSandbox({ latencyMs: 40 })
  })
  afterEach(() => box.close())

  const storedValue = (key: string) =>
    box.server.state.listSecrets(PROJECT_ID, 'dev', '/').find((s) => s.key === key)?.value
  const secretWrites = () =>
    box.server.requests.filter((r) => r.method !== 'GET' && r.path.includes('/secrets'))

  it('a generate: key created by someone else between plan and write keeps their value: skipped (created meanwhile)', async () => {
    const path = writeManifest(
      'environments: [dev]\nsecrets:\n  - key: SESSION_SECRET\n    value: { generate: { length: 32 } }\n',
    )
    box.server.faults.add({
      kind: 'intercept',
      method: 'POST',
      path: /\/secrets\/batch/,
      before: () =>
        box.server.state.addSecret(PROJECT_ID, 'dev', '/', { key: 'SESSION_SECRET', value: OTHER_RUN }),
    })
    const r = await runNode(CLI, ['apply', '--manifest', path], { env: box.env })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/skipped\s+dev:\/\s+SESSION_SECRET\s+\(create · created meanwhile/)
    expect(storedValue('SESSION_SECRET')).toBe(OTHER_RUN)
    expect(secretWrites().map((w) => w.method)).toEqual(['POST'])
    expect(`${r.stdout}${r.stderr}`).not.toContain(OTHER_RUN)

    const again = await runNode(CLI, ['plan', '--manifest', path, '--json'], { env: box.env })
    expect(JSON.parse(again.stdout).hasChanges).toBe(false)
  })

  it('two applies racing on the same generate: key leave the first stored value in place', async () => {
    const path = writeManifest(
      'environments: [dev]\nsecrets:\n  - key: SESSION_SECRET\n    value: { generate: { length: 32 } }\n',
    )
    const [a, b] = await Promise.all([
      runNode(CLI, ['apply', '--manifest', path], { env: box.env }),
      runNode(CLI, ['apply', '--manifest', path], { env: box.env }),
    ])
    expect([a.code, b.code]).toEqual([0, 0])
    const creates = secretWrites().filter((w) => w.status === 200)
    expect(creates).toHaveLength(1)
    const stored = (creates[0]!.body as { secrets: { secretValue: string }[] }).secrets[0]!.secretValue
    expect(storedValue('SESSION_SECRET')).toBe(stored)
    expect(secretWrites().filter((w) => w.method === 'PATCH')).toEqual([])
  })

  it('a declared value that appeared meanwhile is still written: the manifest asks for it', async () => {
    const path = writeManifest('environments: [dev]\nsecrets:\n  - key: DB_URL\n    value: { env: DB }\n')
    box.server.faults.add({
      kind: 'intercept',
      method: 'POST',
      path: /\/secrets\/batch/,
      before: () => box.server.state.addSecret(PROJECT_ID, 'dev', '/', { key: 'DB_URL', value: OTHER_RUN }),
    })
    const r = await runNode(CLI, ['apply', '--manifest', path], {
      env: { ...box.env, DB: 'declared-db-url' },
    })
    expect(r.code).toBe(0)
    expect(storedValue('DB_URL')).toBe('declared-db-url')
  })
})
