import { afterEach, describe, expect, it } from 'vitest'
import { runApply, runPlan } from '../../src/app/run.js'
import type { RunOptions, RunResult } from '../../src/app/types.js'
import { Redactor } from '../../src/core/redact.js'
import { CLIENT_SECRET, PROJECT_ID, type Sandbox, startSandbox, writeManifest } from '../support/sandbox.js'

let box: Sandbox | undefined
afterEach(async () => {
  await box?.close()
  box = undefined
})

const opts = (manifestPath: string, env: Record<string, string> = {}): RunOptions => ({
  manifestPath,
  env,
  credentials: { method: 'universal', clientId: 'ci-identity', clientSecret: CLIENT_SECRET },
  siteUrl: box!.server.url,
  redactor: new Redactor(),
})
const applied = (r: RunResult) => {
  if (r.kind !== 'applied') throw new Error(`expected applied, got ${r.kind}: ${JSON.stringify(r)}`)
  return r.report
}
const planned = (r: RunResult) => {
  if (r.kind !== 'planned') throw new Error(`expected planned, got ${r.kind}`)
  return r.plan
}

const keys = (n: number, prefix = 'KEY_') =>
  Array.from(
    { length: n },
    (_, i) => `  - key: ${prefix}${String(i).padStart(3, '0')}\n    value: { literal: v${i} }\n`,
  ).join('')

describe.each([{ legacy: false }, { legacy: true }])('Infisical provider (legacy=$legacy)', ({ legacy }) => {
  it('plans, applies into new folders, and re-plans empty with no write on a second apply', async () => {
    box = await startSandbox({ legacy })
    box.server.state.addSecret(PROJECT_ID, 'dev', '/', { key: 'OLD', value: 'x' })
    box.server.state.addSecret(PROJECT_ID, 'dev', '/', { key: 'LOG_LEVEL', value: 'debug', comment: 'kept' })
    const path = writeManifest(
      `environments: [dev, prod]\nsecrets:\n  - key: LOG_LEVEL\n    value: { literal: '  info  ' }\n  - key: DB_URL\n    path: /backend/api\n    comment: primary\n    tags: [database]\n    value:\n      dev: { env: DEV_DB }\n      prod: { file: prod-db.txt }\n`,
      { 'prod-db.txt': 'postgres://prod\n' },
    )
    const env = { DEV_DB: 'postgres://dev' }
    const plan = planned(await runPlan(opts(path, env)))
    expect(plan.items.map((i) => `${i.action} ${i.environment}:${i.path} ${i.key}`)).toEqual([
      'update dev:/ LOG_LEVEL',
      'create prod:/ LOG_LEVEL',
      'create dev:/backend/api DB_URL',
      'create prod:/backend/api DB_URL',
      'remote-only dev:/ OLD',
    ])
    const report = applied(await runApply(opts(path, env)))
    expect(report).toMatchObject({ applied: 4, failed: 0, pendingApproval: 0 })
    const stored = box.server.state.listSecrets(PROJECT_ID, 'prod', '/backend/api')
    expect(stored.map((s) => [s.key, s.value, s.comment])).toEqual([
      ['DB_URL', 'postgres://prod\n', 'primary'],
    ])
    expect(
      box.server.state.listSecrets(PROJECT_ID, 'dev', '/').find((s) => s.key === 'LOG_LEVEL'),
    ).toMatchObject({ value: 'info', comment: 'kept' })

    const writesBefore = box.writes().length
    const again = planned(await runPlan(opts(path, env)))
    expect(again.hasChanges).toBe(false)
    expect(applied(await runApply(opts(path, env))).items).toEqual([])
    expect(box.writes().length).toBe(writesBefore)
  })

  it('creates 250 new keys in one folder with one batch request, updates in one', async () => {
    box = await startSandbox({ legacy })
    const path = writeManifest(`environments: [dev]\nsecrets:\n${keys(250)}`)
    applied(await runApply(opts(path)))
    const creates = box.writes().filter((w) => w.method === 'POST' && w.path.includes('secrets/batch'))
    expect(creates).toHaveLength(1)
    expect(box.server.state.listSecrets(PROJECT_ID, 'dev', '/')).toHaveLength(250)

    const changed = writeManifest(
      `environments: [dev]\nsecrets:\n${keys(250).replace(/v(\d)\b/g, 'changed$1')}`,
    )
    const report = applied(await runApply(opts(changed)))
    expect(report.applied).toBe(10)
    expect(box.writes().filter((w) => w.method === 'PATCH')).toHaveLength(1)
  })
})

describe('Infisical provider: server behaviours', () => {
  it('reports writes held by a change policy as pending approval, not applied', async () => {
    box = await startSandbox()
    box.server.state.addApprovalPolicy({ projectId: PROJECT_ID, environment: 'prod' })
    const path = writeManifest('environments: [dev, prod]\nsecrets:\n  - key: A\n    value: { literal: a }\n')
    const report = applied(await runApply(opts(path)))
    expect(report.items.map((i) => [i.environment, i.outcome])).toEqual([
      ['dev', 'applied'],
      ['prod', 'pending-approval'],
    ])
    expect(box.server.state.listSecrets(PROJECT_ID, 'prod', '/')).toEqual([])
  })

  it('turns an unknown environment into a positioned finding before any secret request', async () => {
    box = await startSandbox()
    const path = writeManifest('environments: [dev, qa]\nsecrets:\n  - key: A\n    value: { literal: a }\n')
    const r = await runPlan(opts(path))
    expect(r.kind).toBe('invalid')
    expect(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual([
      '5:21 unknown-remote-environment',
    ])
    expect(box.server.requests.filter((q) => q.path.includes('secrets'))).toEqual([])
  })

  it('maps bad credentials and missing permissions to clear errors without secrets', async () => {
    box = await startSandbox({ role: 'viewer' })
    const path = writeManifest('environments: [dev]\nsecrets:\n  - key: A\n    value: { literal: a }\n')
    const wrong = {
      ...opts(path),
      credentials: {
        method: 'universal' as const,
        clientId: 'ci-identity',
        clientSecret: 'wrong-secret-value',
      },
    }
    await expect(runPlan(wrong)).rejects.toThrow(
      /universal-auth login failed: HTTP 401 Invalid credentials \(check the client id/,
    )
    const report = applied(await runApply(opts(path)))
    expect(report.items[0]).toMatchObject({ outcome: 'failed' })
    expect(report.items[0]!.reason).toMatch(
      /HTTP 403 .*not allowed.*give the machine identity a project role/,
    )
    expect(JSON.stringify(report)).not.toContain(CLIENT_SECRET)
  })

  it('refuses to apply when a value source is missing, and writes nothing', async () => {
    box = await startSandbox()
    const path = writeManifest(
      'environments: [dev]\nsecrets:\n  - key: A\n    value: { env: NOT_SET_ANYWHERE }\n  - key: B\n    value: { literal: b }\n',
    )
    const r = await runApply(opts(path))
    expect(r.kind).toBe('refused')
    if (r.kind === 'refused')
      expect(r.reasons).toEqual(['dev:/ A: environment variable NOT_SET_ANYWHERE is not set'])
    expect(box.writes()).toEqual([])
  })

  it('never sends a request for a manifest with errors', async () => {
    box = await startSandbox()
    const path = writeManifest('environments: [dev]\nsecrets:\n  - key: A\n    valeu: { literal: a }\n')
    const r = await runApply(opts(path))
    expect(r.kind).toBe('invalid')
    expect(box.server.requests).toEqual([])
  })

  it('generates a value once and never overwrites it', async () => {
    box = await startSandbox()
    const path = writeManifest(
      'environments: [dev]\nsecrets:\n  - key: S\n    value: { generate: { length: 40, charset: hex } }\n',
    )
    const redactor = new Redactor()
    applied(await runApply({ ...opts(path), redactor }))
    const [first] = box.server.state.listSecrets(PROJECT_ID, 'dev', '/')
    expect(first!.value).toMatch(/^[0-9a-f]{40}$/)
    expect(redactor.redact(first!.value)).toBe('***')
    expect(applied(await runApply(opts(path))).items).toEqual([])
    expect(box.server.state.listSecrets(PROJECT_ID, 'dev', '/')[0]!.value).toBe(first!.value)
  })

  it('blocks an unknown tag in the plan and refuses to apply it', async () => {
    box = await startSandbox()
    const path = writeManifest(
      'environments: [dev]\nsecrets:\n  - key: A\n    tags: [nope]\n    value: { literal: a }\n',
    )
    const plan = planned(await runPlan(opts(path)))
    expect(plan.items[0]).toMatchObject({
      action: 'blocked',
      note: "tag 'nope' not found in the project; create it first",
    })
    expect((await runApply(opts(path))).kind).toBe('refused')
  })
})

describe('file value sources', () => {
  it('refuses a file that leaves the repository through a symlink, before any write', async () => {
    const { symlinkSync } = await import('node:fs')
    const { dirname, join } = await import('node:path')
    box = await startSandbox()
    const path = writeManifest('environments: [dev]\nsecrets:\n  - key: A\n    value: { file: link.txt }\n')
    symlinkSync('/etc/hostname', join(dirname(path), 'link.txt'))
    const r = await runApply(opts(path))
    expect(r.kind).toBe('refused')
    if (r.kind === 'refused')
      expect(r.reasons).toEqual(['dev:/ A: file link.txt resolves outside the repository'])
    expect(box.writes()).toEqual([])
  })
})

describe('updates in sub-folders', () => {
  it('updates a secret in a nested folder with one batch request (per-item path defaults to the request path)', async () => {
    box = await startSandbox()
    box.server.state.addSecret(PROJECT_ID, 'dev', '/app/api', { key: 'A', value: 'old' })
    const path = writeManifest(
      'environments: [dev]\nsecrets:\n  - key: A\n    path: /app/api\n    value: { literal: new }\n',
    )
    expect(applied(await runApply(opts(path)))).toMatchObject({ applied: 1, failed: 0 })
    expect(box.server.state.listSecrets(PROJECT_ID, 'dev', '/app/api')[0]!.value).toBe('new')
  })
})
