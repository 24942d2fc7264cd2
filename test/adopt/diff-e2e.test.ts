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

const SAME = 'SENTINEL-same-in-both-5e1'
const STAGING_DB = 'postgres://SENTINEL-staging@db/app'
const PROD_DB = 'postgres://SENTINEL-prod@db/app'

let box: Sandbox
beforeAll(async () => {
  box = await startSandbox()
  // Seeded over HTTP by apply.
  const seed = writeManifest(
    [
      'environments: [staging, prod]',
      'secrets:',
      '  - key: DB_URL',
      '    path: /backend',
      '    value: { staging: { env: STAGING_DB }, prod: { env: PROD_DB } }',
      '  - key: SHARED',
      '    path: /backend',
      '    value: { env: SAME }',
      '  - key: NEW_IN_STAGING',
      '    environments: [staging]',
      '    value: { env: SAME }',
      '  - key: OLD_IN_PROD',
      '    environments: [prod]',
      '    value: { env: SAME }',
      '  - key: TAGGED',
      '    environments: [staging]',
      '    tags: [database]',
      '    comment: the staging note',
      '    value: { env: SAME }',
      '  - key: TAGGED',
      '    environments: [prod]',
      '    value: { env: SAME }',
      '  - key: QUIET',
      '    path: /same',
      '    value: { env: SAME }',
      '',
    ].join('\n'),
  )
  const applied = await runNode(CLI, ['apply', seed], {
    env: { ...box.env, SAME, STAGING_DB, PROD_DB },
  })
  expect(applied.code).toBe(0)
})
afterAll(() => box.close())

const leaks = [SAME, STAGING_DB, PROD_DB, CLIENT_SECRET]

describe('secrets-manifest diff', () => {
  it('names per key what differs between two environments, never a value, and exits 1', async () => {
    const r = await runNode(CLI, ['diff', 'staging', 'prod', '--project', PROJECT_ID], { env: box.env })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/only in staging\s+\/ NEW_IN_STAGING\n/)
    expect(r.stdout).toMatch(/only in prod\s+\/ OLD_IN_PROD\n/)
    expect(r.stdout).toMatch(/same value\s+\/ TAGGED {2}\(comment, tags differ\)\n/)
    expect(r.stdout).toMatch(/value differs\s+\/backend DB_URL\n/)
    expect(r.stdout).toMatch(/same value\s+\/backend SHARED\n/)
    expect(r.stdout).toContain(
      'Diff staging → prod: 6 key(s): 1 only in staging, 1 only in prod, 1 value differs, 3 same value; 1 with other comment, tags or metadata.',
    )

    const json = await runNode(CLI, ['diff', 'staging', 'prod', '--project', PROJECT_ID, '--json'], {
      env: box.env,
    })
    expect(json.code).toBe(1)
    const parsed = JSON.parse(json.stdout)
    expect(parsed.equal).toBe(false)
    expect(parsed.keys).toContainEqual({
      path: '/backend',
      key: 'DB_URL',
      status: 'value-differs',
      attributes: [],
    })
    for (const leak of leaks) expect(`${r.stdout}${r.stderr}${json.stdout}${json.stderr}`).not.toContain(leak)
  })

  it('exits 0 when the folders it covers are equal: --path, or the folders a manifest manages', async () => {
    const byPath = await runNode(
      CLI,
      ['diff', 'staging', 'prod', '--project', PROJECT_ID, '--path', '/same'],
      {
        env: box.env,
      },
    )
    expect(byPath.stdout).toContain('The environments hold the same keys and values.')
    expect(byPath.code).toBe(0)
    const manifest = writeManifest(
      'environments: [staging, prod]\nsecrets:\n  - key: QUIET\n    path: /same\n',
    )
    const byManifest = await runNode(CLI, ['diff', 'staging', 'prod', '--manifest', manifest], {
      env: box.env,
    })
    expect(byManifest.code).toBe(0)
    expect(byManifest.stdout).toMatch(/same value\s+\/same QUIET\n/)
    expect(byManifest.stdout).not.toContain('DB_URL')
  })

  it('needs two environments', async () => {
    const r = await runNode(CLI, ['diff', 'staging', '--project', PROJECT_ID], { env: box.env })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("'diff' takes two environments")
  })
})
