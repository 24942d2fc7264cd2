import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXIT_CODE_TABLE } from '../../src/app/exit-codes.js'
import { PROJECT_ID, runNode, type Sandbox, startSandbox, writeManifest } from '../support/sandbox.js'

const ROOT = new URL('../..', import.meta.url).pathname
const CLI = `${ROOT}dist/cli/index.js`
const VALUE = 'SENTINEL-exit-codes-3c1d'

let box: Sandbox
beforeAll(async () => {
  box = await startSandbox()
  for (const env of ['dev', 'prod'])
    box.server.state.addSecret(PROJECT_ID, env, '/', { key: 'DB_URL', value: VALUE })
})
afterAll(() => box.close())

// DB_URL exists in dev and prod with the value the manifest gives; PROD_DB may be absent from the job.
const matching = () =>
  writeManifest(
    'environments: [dev, prod]\nsecrets:\n  - key: DB_URL\n    value:\n      dev: { env: DEV_DB }\n      prod: { env: PROD_DB }\n',
  )
const plan = (path: string, env: Record<string, string>, ...flags: string[]) =>
  runNode(CLI, ['plan', '--manifest', path, ...flags], { env: { ...box.env, ...env } })

describe('exit codes a check can trust (CLI bundle against the sandbox)', () => {
  it('0 when apply would succeed, with or without changes', async () => {
    expect((await plan(matching(), { DEV_DB: VALUE, PROD_DB: VALUE })).code).toBe(0)
    const withChange = writeManifest(
      'environments: [dev]\nsecrets:\n  - key: NEW_ONE\n    value: { literal: x }\n',
    )
    expect((await plan(withChange, {})).code).toBe(0)
  })

  it('1 when apply would refuse: a tag the project lacks, a missing secret', async () => {
    const blocked = writeManifest(
      'environments: [dev]\nsecrets:\n  - key: TAGGED\n    tags: [no-such-tag]\n    value: { literal: x }\n  - key: MUST_EXIST\n',
    )
    const r = await plan(blocked, {})
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('Apply would refuse to start, writing nothing:')
    expect(r.stdout).toContain(
      "  - dev:/ TAGGED: tag 'no-such-tag' not found in the project; create it first",
    )
    expect(r.stdout).toMatch(/ {2}- dev:\/ MUST_EXIST: declared without a value source and absent remotely/)
    expect(r.stderr).toContain('apply would refuse to start: 2 item(s) cannot be applied (exit 1)')
    const apply = await runNode(CLI, ['apply', '--manifest', blocked], { env: box.env })
    expect(apply.code).toBe(1)
    expect(box.writes()).toEqual([])
  })

  it('says which value was not checked and why, in text and --json, and never "No changes"', async () => {
    const path = matching()
    const text = await plan(path, { DEV_DB: VALUE })
    expect(text.stdout).toContain('Values not checked (1): the plan cannot vouch for them.')
    expect(text.stdout).toContain('  - prod:/ DB_URL: environment variable PROD_DB is not set')
    expect(text.stdout).not.toContain('No changes')
    // A plan job is meant to run without production values: it passes, and says so plainly.
    expect(text.code).toBe(0)
    expect(text.stdout).not.toContain('Apply would refuse')
    // An apply in the same job needs the value: it refuses, writing nothing.
    const apply = await runNode(CLI, ['apply', '--manifest', path], {
      env: { ...box.env, DEV_DB: VALUE },
    })
    expect(apply.code).toBe(1)
    expect(apply.stderr).toContain('prod:/ DB_URL: environment variable PROD_DB is not set')
    expect(box.writes()).toEqual([])
    const json = JSON.parse((await plan(path, { DEV_DB: VALUE }, '--json')).stdout)
    expect(json.clean).toBe(false)
    expect(json.valuesNotChecked).toEqual([
      { environment: 'prod', path: '/', key: 'DB_URL', reason: 'environment variable PROD_DB is not set' },
    ])
    expect(json.items).toContainEqual(
      expect.objectContaining({
        environment: 'prod',
        key: 'DB_URL',
        valueNotChecked: 'environment variable PROD_DB is not set',
      }),
    )
    expect(text.stdout + text.stderr).not.toContain(VALUE)
  })

  it('--fail-on-drift: 0 clean, 3 drift, 4 could not check, 5 unreachable', async () => {
    const path = matching()
    expect((await plan(path, { DEV_DB: VALUE, PROD_DB: VALUE }, '--fail-on-drift')).code).toBe(0)
    const drift = await plan(path, { DEV_DB: VALUE, PROD_DB: 'edited' }, '--fail-on-drift')
    expect(drift.code).toBe(3)
    expect(drift.stderr).toContain('the remote differs from the manifest (exit 3)')
    const unchecked = await plan(path, { DEV_DB: VALUE }, '--fail-on-drift')
    expect(unchecked.code).toBe(4)
    expect(unchecked.stderr).toContain(
      '1 value(s) could not be checked, so drift cannot be ruled out (exit 4)',
    )
    const down = await plan(
      path,
      { DEV_DB: VALUE, PROD_DB: VALUE, INFISICAL_SITE_URL: 'http://127.0.0.1:1' },
      '--fail-on-drift',
    )
    expect(down.code).toBe(5)
    expect(down.stderr).toContain('connection refused')
    // Without the flag an unreachable server stays a plain failure, a bad command a usage error.
    expect(
      (await plan(path, { DEV_DB: VALUE, PROD_DB: VALUE, INFISICAL_SITE_URL: 'http://127.0.0.1:1' })).code,
    ).toBe(1)
    expect((await runNode(CLI, ['plna'], { env: box.env })).code).toBe(2)
  })

  it('README.md and docs/action.md carry the one table', async () => {
    const { readFileSync } = await import('node:fs')
    for (const doc of ['README.md', 'docs/action.md']) {
      const text = readFileSync(`${ROOT}${doc}`, 'utf8')
      for (const row of EXIT_CODE_TABLE) expect(text, doc).toContain(`| ${row.code} | ${row.meaning} |`)
    }
  })
})
