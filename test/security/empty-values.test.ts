import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ALL_SENTINELS, type Env, SENTINEL, startEnv, writesTo } from '../action/fixtures.js'
import { expectNoLeak, pushPayload, runAction } from '../action/harness.js'
import { PROJECT_ID, runNode, type Sandbox, startSandbox, writeManifest } from '../support/sandbox.js'

const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname
const PROD_VALUE = 'postgres://app:SENTINEL-prod-db-3e9a@db:5432/app'

/**
 * GitHub gives `""` for a secret the job cannot see. An empty value is a missing value: the plan does
 * not compare it and apply writes nothing, unless the manifest says `allowEmpty: true`.
 */
describe('empty values are missing values (CLI bundle, real HTTP)', () => {
  let box: Sandbox
  beforeEach(async () => {
    box = await startSandbox()
    box.server.state.addSecret(PROJECT_ID, 'prod', '/', { key: 'DATABASE_URL', value: PROD_VALUE })
  })
  afterEach(() => box.close())

  const prodValue = () =>
    box.server.state.listSecrets(PROJECT_ID, 'prod', '/').find((s) => s.key === 'DATABASE_URL')?.value

  it('an env: source set to "" is not checked in the plan, and apply refuses and keeps production', async () => {
    const path = writeManifest(
      'environments: [prod]\nsecrets:\n  - key: DATABASE_URL\n    value: { env: PROD_DATABASE_URL }\n',
    )
    const env = { ...box.env, PROD_DATABASE_URL: '' }
    const plan = await runNode(CLI, ['plan', '--manifest', path, '--json'], { env })
    const [item] = JSON.parse(plan.stdout).items
    expect(item).toMatchObject({ action: 'unchanged', key: 'DATABASE_URL', valueChecked: false })
    expect(item.note).toContain('value not checked: PROD_DATABASE_URL is empty')

    const before = box.writes().length
    const apply = await runNode(CLI, ['apply', '--manifest', path], { env })
    expect(apply.code).toBe(1)
    expect(`${apply.stdout}${apply.stderr}`).toContain('PROD_DATABASE_URL is empty')
    expect(box.writes().length).toBe(before)
    expect(prodValue()).toBe(PROD_VALUE)
    expect(`${plan.stdout}${apply.stdout}${apply.stderr}`).not.toContain(PROD_VALUE)
  })

  it('a whitespace-only env: value counts as empty too (the server would store "")', async () => {
    const path = writeManifest(
      'environments: [prod]\nsecrets:\n  - key: DATABASE_URL\n    value: { env: DB }\n',
    )
    const apply = await runNode(CLI, ['apply', '--manifest', path], { env: { ...box.env, DB: ' \n' } })
    expect(apply.code).toBe(1)
    expect(prodValue()).toBe(PROD_VALUE)
  })

  it('an empty file: source is refused the same way', async () => {
    const path = writeManifest(
      'environments: [prod]\nsecrets:\n  - key: DATABASE_URL\n    value: { file: db.txt }\n',
      { 'db.txt': '' },
    )
    const apply = await runNode(CLI, ['apply', '--manifest', path], { env: box.env })
    expect(apply.code).toBe(1)
    expect(`${apply.stdout}${apply.stderr}`).toContain('file db.txt is empty')
    expect(prodValue()).toBe(PROD_VALUE)
  })

  it('allowEmpty: true lets a declared empty value through (env and file)', async () => {
    const path = writeManifest(
      'environments: [prod]\nsecrets:\n  - key: DATABASE_URL\n    value: { env: DB, allowEmpty: true }\n  - key: EMPTY_FILE\n    value: { file: e.txt, allowEmpty: true }\n',
      { 'e.txt': '' },
    )
    const apply = await runNode(CLI, ['apply', '--manifest', path], { env: { ...box.env, DB: '' } })
    expect(apply.stdout).toMatch(/Apply: 2 applied, 0 failed/)
    expect(apply.code).toBe(0)
    expect(prodValue()).toBe('')
    const again = await runNode(CLI, ['plan', '--manifest', path, '--json'], { env: { ...box.env, DB: '' } })
    expect(JSON.parse(again.stdout).hasChanges).toBe(false)
  })

  it('allowEmpty is schema-checked: only a boolean, only on env: and file:', async () => {
    const path = writeManifest(
      "environments: [prod]\nsecrets:\n  - key: A\n    value: { env: X, allowEmpty: 'yes' }\n  - key: B\n    value: { literal: x, allowEmpty: true }\n",
    )
    const r = await runNode(CLI, ['lint', '--manifest', path], { env: box.env })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/:8:\d+: manifest-schema: secrets\.0\.value: .*allowEmpty/)
    expect(r.stdout).toMatch(/:10:\d+: manifest-schema: unknown field 'allowEmpty' in secrets\.1\.value/)
  })

  it('access: anyone with an empty password: apply is refused before any request, plan says why', async () => {
    const path = writeManifest(
      'environments: [prod]\nshares:\n  - name: onboard\n    secret: { key: DATABASE_URL, environment: prod }\n    access: anyone\n    password: { env: SHARE_PW }\n',
    )
    const links = `${path}.links`
    const apply = await runNode(CLI, ['apply', '--manifest', path, '--share-links-file', links], {
      env: { ...box.env, SHARE_PW: '' },
    })
    expect(apply.code).toBe(1)
    expect(apply.stderr).toContain(
      "apply refused; nothing was sent to the server: share 'onboard': access anyone needs a password, and SHARE_PW is empty",
    )
    expect(box.server.requests).toEqual([])

    // The plan still runs, and says the share's password is missing.
    const plan = await runNode(CLI, ['plan', '--manifest', path, '--json'], {
      env: { ...box.env, SHARE_PW: ' ' },
    })
    expect(JSON.parse(plan.stdout).items[0]).toMatchObject({
      action: 'share',
      valueChecked: false,
      note: expect.stringContaining('SHARE_PW (password) is empty'),
    })
  })
})

describe('empty values are missing values (action bundle)', () => {
  let env: Env
  beforeAll(async () => {
    env = await startEnv()
  })
  afterAll(() => env.close())

  it('a secret the apply job cannot see ("") does not overwrite production', async () => {
    const sha = '1234567890abcdef1234567890abcdef12345678'
    env.infisical.state.addSecret(env.projectId, 'prod', '/', { key: 'DATABASE_URL', value: SENTINEL.db })
    const run = await runAction({
      workdir: env.workdir,
      inputs: { ...env.inputs, mode: 'apply', comment: 'false' },
      event: { name: 'push', payload: pushPayload(sha) },
      sha,
      github: env.github,
      env: { ...env.values, DB_URL: '' },
    })
    expect(run.code).toBe(1)
    const errors = run.commands.filter((c) => c.name === 'error').map((c) => c.message)
    expect(errors).toEqual([expect.stringMatching(/^apply refused to start/)])
    expect(run.summary).toContain('DB\\_URL is empty')
    expect(writesTo(env.infisical)).toEqual([])
    const prod = env.infisical.state.listSecrets(env.projectId, 'prod', '/')
    expect(prod.find((s) => s.key === 'DATABASE_URL')?.value).toBe(SENTINEL.db)
    expectNoLeak(run, env.github, ALL_SENTINELS)
  })
})
