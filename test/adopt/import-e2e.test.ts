import { readFileSync } from 'node:fs'
import { join } from 'node:path'
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

const VALUES = {
  SEED_DB_DEV: 'postgres://SENTINEL-import-dev@db/app',
  SEED_DB_PROD: 'postgres://SENTINEL-import-prod@db/app',
  SEED_FLAG: 'SENTINEL-flag-value-91',
}
const CREDENTIAL_KEY = `ghp_${'A1b2C3d4E5'.repeat(3)}abcdef`

let box: Sandbox
beforeAll(async () => {
  box = await startSandbox()
  // Seeded over HTTP by apply, with a key that breaks the naming rules (waived for the seed).
  const seed = writeManifest(
    [
      'environments: [dev, staging, prod]',
      'secrets:',
      '  - key: DB_URL',
      '    path: /backend',
      '    comment: Primary database',
      '    tags: [database]',
      '    metadata: { owner: platform }',
      '    environments: [dev, prod]',
      '    value: { dev: { env: SEED_DB_DEV }, prod: { env: SEED_DB_PROD } }',
      '  - key: FEATURE_FLAG',
      '    environments: [dev, prod]',
      '    value: { env: SEED_FLAG }',
      '  - key: lower-case  # secrets-manifest: allow env-var-name, upper-case-key',
      '    path: /backend/jobs',
      '    environments: [staging]',
      '    value: { env: SEED_FLAG }',
      '',
    ].join('\n'),
  )
  const applied = await runNode(CLI, ['apply', seed], { env: { ...box.env, ...VALUES } })
  expect(applied.stderr).not.toMatch(/error/i)
  expect(applied.code).toBe(0)
  // A comment that differs in one environment, and a key that is itself a credential.
  box.server.state.addSecret(PROJECT_ID, 'staging', '/', {
    key: 'FEATURE_FLAG',
    value: 'x',
    comment: 'other',
  })
  box.server.state.addSecret(PROJECT_ID, 'dev', '/', { key: CREDENTIAL_KEY, value: 'y' })
})
afterAll(() => box.close())

const leaks = [...Object.values(VALUES), CLIENT_SECRET, CREDENTIAL_KEY]

describe('secrets-manifest import', () => {
  it('prints a manifest that plans to no changes, keeps and flags bad keys, leaves credential keys out', async () => {
    const dir = join(writeManifest(''), '..')
    const out = join(dir, 'imported.yaml')
    const r = await runNode(CLI, ['import', '--project', PROJECT_ID, '--out', out], { env: box.env })
    expect(r.code).toBe(0)
    const text = readFileSync(out, 'utf8')
    expect(text).toContain('  - key: DB_URL\n    path: /backend\n    comment: "Primary database"\n')
    expect(text).toContain(
      '    tags: [database]\n    metadata: { owner: platform }\n    environments: [dev, prod]\n',
    )
    expect(text).toMatch(/- key: lower-case {2}# secrets-manifest: allow env-var-name, upper-case-key/)
    expect(text).toContain(
      '  - key: FEATURE_FLAG\n    environments: [dev, prod]\n  - key: FEATURE_FLAG\n    comment: other\n    environments: [staging]\n',
    )
    expect(text).not.toMatch(/^\s+value:/m)
    expect(r.stderr).toMatch(/imported\.yaml:\d+:\d+: env-var-name: /)
    expect(r.stderr).toContain('1 key(s) that look like a credential were left out (in dev:/)')

    const plan = await runNode(CLI, ['plan', out, '--json'], { env: box.env })
    expect(plan.stderr).toBe('')
    expect(plan.code).toBe(0)
    const json = JSON.parse(plan.stdout)
    expect(json.hasChanges).toBe(false)
    expect(json.summary).toMatchObject({ create: 0, update: 0, delete: 0, missing: 0, unchanged: 6 })
    for (const leak of leaks) expect(`${text}${r.stdout}${r.stderr}`).not.toContain(leak)
    for (const value of Object.values(VALUES)) expect(plan.stdout).not.toContain(value)
  })

  it('--value-sources env names a variable per key and environment; with them set the plan is clean', async () => {
    const manifest = writeManifest('environments: [dev, prod]\n')
    const r = await runNode(
      CLI,
      ['import', '--manifest', manifest, '--path', '/backend', '--value-sources', 'env'],
      { env: box.env },
    )
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      '    value:\n      dev: { env: DEV_BACKEND_DB_URL }\n      prod: { env: PROD_BACKEND_DB_URL }',
    )
    expect(r.stdout).not.toContain('FEATURE_FLAG')
    expect(r.stderr).toContain("DEV_BACKEND_DB_URL  (dev:/backend 'DB_URL')")
    const out = writeManifest('')
    const { writeFileSync } = await import('node:fs')
    writeFileSync(out, `${r.stdout}\n`)
    const env = {
      ...box.env,
      DEV_BACKEND_DB_URL: VALUES.SEED_DB_DEV,
      PROD_BACKEND_DB_URL: VALUES.SEED_DB_PROD,
    }
    const plan = await runNode(CLI, ['plan', out, '--json'], { env })
    expect(plan.code).toBe(0)
    expect(JSON.parse(plan.stdout)).toMatchObject({ hasChanges: false, summary: { unchanged: 2, update: 0 } })
    for (const leak of leaks) expect(`${r.stdout}${r.stderr}${plan.stdout}`).not.toContain(leak)
  })

  it('refuses an environment the project does not have, naming those it has', async () => {
    const r = await runNode(CLI, ['import', '--project', PROJECT_ID, '--environments', 'qa'], {
      env: box.env,
    })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("environment(s) 'qa' do not exist in the project (it has: dev, staging, prod)")
  })
})
