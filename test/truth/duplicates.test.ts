import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PROJECT_ID, runNode, type Sandbox, startSandbox, writeManifest } from '../support/sandbox.js'

const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname

let box: Sandbox
beforeEach(async () => {
  box = await startSandbox()
})
afterEach(() => box.close())

const afterWriteManifest = () =>
  writeManifest(
    'environments: [dev, prod]\nsecrets:\n  - key: CREATED\n    environments: [dev]\n    value: { literal: fresh }\n  - key: UPDATED\n    environments: [dev]\n    value: { env: NEW_VALUE }\nduplicates:\n  - from: { environment: dev, path: / }\n    to: { environment: prod, path: / }\n    keys: [CREATED, UPDATED]\n    overwrite: true\n',
  )

const cli = async (...args: string[]) => {
  const r = await runNode(CLI, [...args, '--json'], { env: { ...box.env, NEW_VALUE: 'v2-from-env' } })
  return { ...r, json: r.stdout ? JSON.parse(r.stdout) : undefined }
}
const value = (env: string, key: string) =>
  box.server.state.listSecrets(PROJECT_ID, env, '/').find((s) => s.key === key)?.value
const actions = (json: { items: { action: string; environment: string; key: string }[] }) =>
  json.items.map((i) => `${i.action} ${i.environment} ${i.key}`).sort()

describe('duplicates inside one plan (CLI bundle against the sandbox)', () => {
  it('with prune, never deletes a duplicate source or destination, and reports the copy as a duplicate', async () => {
    // dev and prod are both managed (APP is declared in each); SHARED exists only in dev, undeclared.
    box.server.state.addSecret(PROJECT_ID, 'dev', '/', { key: 'SHARED', value: 'shared-value' })
    box.server.state.addSecret(PROJECT_ID, 'dev', '/', { key: 'STRAY', value: 'stray' })
    const path = writeManifest(
      'environments: [dev, prod]\nsecrets:\n  - key: APP\n    value: { literal: app }\nduplicates:\n  - from: { environment: dev, path: / }\n    to: { environment: prod, path: / }\n    keys: [SHARED]\nprune: true\n',
    )
    const first = await cli('apply', '--manifest', path, '--allow-delete')
    expect(first.code).toBe(0)
    expect(actions(first.json)).toEqual([
      'create dev APP',
      'create prod APP',
      'delete dev STRAY',
      'duplicate prod SHARED',
    ])
    expect(value('dev', 'SHARED')).toBe('shared-value')
    expect(value('prod', 'SHARED')).toBe('shared-value')

    const again = await cli('plan', '--manifest', path, '--allow-delete')
    expect(again.code).toBe(0)
    expect(again.json.clean).toBe(true)
    expect(actions(again.json)).toEqual([
      'duplicate-skip prod SHARED',
      'unchanged dev APP',
      'unchanged prod APP',
    ])
    const second = await cli('apply', '--manifest', path, '--allow-delete')
    expect(second.json.apply).toEqual({ applied: 0, failed: 0, pendingApproval: 0 })
    expect(value('dev', 'SHARED')).toBe('shared-value')
  })

  it('plans a duplicate of a key the same apply creates or updates after that write, and converges in one apply', async () => {
    box.server.state.addSecret(PROJECT_ID, 'dev', '/', { key: 'UPDATED', value: 'v1' })
    box.server.state.addSecret(PROJECT_ID, 'prod', '/', { key: 'UPDATED', value: 'v1' })
    const path = afterWriteManifest()
    const plan = await cli('plan', '--manifest', path)
    expect(plan.json.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'duplicate',
          environment: 'prod',
          key: 'CREATED',
          note: 'from dev:/, after this apply creates the source',
        }),
        expect.objectContaining({
          action: 'duplicate',
          environment: 'prod',
          key: 'UPDATED',
          changes: ['value'],
        }),
      ]),
    )
    const apply = await cli('apply', '--manifest', path)
    expect(apply.code).toBe(0)
    expect(apply.json.apply).toEqual({ applied: 4, failed: 0, pendingApproval: 0 })
    expect(value('prod', 'CREATED')).toBe('fresh')
    expect(value('prod', 'UPDATED')).toBe('v2-from-env')

    const again = await cli('plan', '--manifest', path)
    expect(again.json.hasChanges).toBe(false)
    expect(again.json.clean).toBe(true)
  })

  it('on a server without the duplicate route, copies what the write left (the source is read again)', async () => {
    await box.close()
    box = await startSandbox({ legacy: true })
    box.server.state.addSecret(PROJECT_ID, 'dev', '/', { key: 'UPDATED', value: 'v1' })
    box.server.state.addSecret(PROJECT_ID, 'prod', '/', { key: 'UPDATED', value: 'v1' })
    const path = afterWriteManifest()
    const apply = await cli('apply', '--manifest', path)
    expect(apply.json.apply).toEqual({ applied: 4, failed: 0, pendingApproval: 0 })
    expect(value('prod', 'CREATED')).toBe('fresh')
    expect(value('prod', 'UPDATED')).toBe('v2-from-env')
    expect((await cli('plan', '--manifest', path)).json.clean).toBe(true)
  })

  it("keys: '*' owns every source key, while other keys at the destination stay remote-only", async () => {
    box.server.state.addSecret(PROJECT_ID, 'dev', '/', { key: 'ONE', value: '1' })
    box.server.state.addSecret(PROJECT_ID, 'prod', '/', { key: 'ONLY_IN_PROD', value: 'p' })
    const path = writeManifest(
      "environments: [dev, prod]\nsecrets:\n  - key: APP\n    value: { literal: app }\nduplicates:\n  - from: { environment: dev, path: / }\n    to: { environment: prod, path: / }\n    keys: '*'\nprune: true\n",
    )
    const plan = await cli('plan', '--manifest', path, '--allow-delete')
    // ONE (dev, undeclared) is the duplicate's source: neither remote-only nor deleted. APP, created in
    // dev by this apply, is a source too, but prod's APP is managed by secrets.
    expect(actions(plan.json)).toEqual([
      'create dev APP',
      'create prod APP',
      'delete prod ONLY_IN_PROD',
      'duplicate prod ONE',
      'duplicate-skip prod APP',
    ])
  })
})
