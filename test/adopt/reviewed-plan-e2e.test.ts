import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ID, runNode, type Sandbox, startSandbox, writeManifest } from '../support/sandbox.js'

const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname
const VALUE = 'SENTINEL-reviewed-plan-31c'

let box: Sandbox
beforeAll(async () => {
  box = await startSandbox()
})
afterAll(() => box.close())

const body =
  'environments: [dev]\nsecrets:\n  - key: API_URL\n    comment: the API\n    value: { env: API_VALUE }\n  - key: OTHER\n    value: { env: API_VALUE }\n'

describe('apply --plan: apply exactly what was reviewed', () => {
  it('refuses, writing nothing, when the remote changed after the plan was saved, and says what differs', async () => {
    const manifest = writeManifest(body)
    const saved = join(manifest, '..', 'reviewed.json')
    const env = { ...box.env, API_VALUE: VALUE }
    const plan = await runNode(CLI, ['plan', manifest, '--out', saved], { env })
    expect(plan.code).toBe(0)
    expect(plan.stderr).toMatch(/Plan sha256:[0-9a-f]{64} saved to .*reviewed\.json \(2 write\(s\)\)/)
    const file = readFileSync(saved, 'utf8')
    expect(file).not.toContain(VALUE)
    expect(JSON.parse(file).actions).toEqual([
      '["create","dev","/","API_URL"]',
      '["create","dev","/","OTHER"]',
    ])

    // Someone creates OTHER by hand after the review: the plan now would create one key, not two.
    box.server.state.addSecret(PROJECT_ID, 'dev', '/', { key: 'OTHER', value: VALUE })
    const before = box.writes().length
    const apply = await runNode(CLI, ['apply', manifest, '--plan', saved], { env })
    expect(apply.code).toBe(1)
    expect(apply.stderr).toContain('Apply refused; nothing was written:')
    expect(apply.stderr).toMatch(/the plan computed now \(sha256:[0-9a-f]{12}\) is not the reviewed plan/)
    expect(apply.stderr).toContain('reviewed, no longer planned: create dev:/ OTHER')
    expect(box.writes().length).toBe(before)
    expect(`${apply.stdout}${apply.stderr}`).not.toContain(VALUE)
  })

  it('applies when the plan is the reviewed one, and refuses an edited plan file', async () => {
    const manifest = writeManifest(body.replaceAll('API_URL', 'SECOND').replaceAll('OTHER', 'THIRD'))
    const saved = join(manifest, '..', 'reviewed.json')
    const env = { ...box.env, API_VALUE: VALUE }
    expect((await runNode(CLI, ['plan', manifest, '--out', saved], { env })).code).toBe(0)

    const edited = JSON.parse(readFileSync(saved, 'utf8'))
    edited.actions.pop()
    const tampered = join(manifest, '..', 'tampered.json')
    writeFileSync(tampered, JSON.stringify(edited))
    const refused = await runNode(CLI, ['apply', manifest, '--plan', tampered], { env })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('its digest does not match its actions (the file was edited)')

    const apply = await runNode(CLI, ['apply', manifest, '--plan', saved], { env })
    expect(apply.stderr).not.toContain('refused')
    expect(apply.code).toBe(0)
    expect(apply.stdout).toMatch(/Apply: 2 applied, 0 failed/)
  })
})
