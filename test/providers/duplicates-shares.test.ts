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

const opts = (manifestPath: string, more: Partial<RunOptions> = {}): RunOptions => ({
  manifestPath,
  env: {},
  credentials: { method: 'universal', clientId: 'ci-identity', clientSecret: CLIENT_SECRET },
  siteUrl: box!.server.url,
  redactor: new Redactor(),
  ...more,
})
const report = (r: RunResult) => {
  if (r.kind !== 'applied')
    throw new Error(`expected applied, got ${r.kind}: ${JSON.stringify(r).slice(0, 500)}`)
  return r.report
}
const plan = (r: RunResult) => {
  if (r.kind !== 'planned') throw new Error(`expected planned, got ${r.kind}`)
  return r.plan
}
const seed = (env: string, path: string, n: number, value = (i: number) => `value-${i}`) => {
  for (let i = 0; i < n; i++)
    box!.server.state.addSecret(PROJECT_ID, env, path, {
      key: `K${String(i).padStart(3, '0')}`,
      value: value(i),
      comment: `c${i}`,
    })
}
const duplicates = (body: string) => writeManifest(`environments: [dev, staging, prod]\nduplicates:\n${body}`)

describe('duplicates', () => {
  it('copies 120 keys with 3 duplicate requests, and a re-apply does nothing', async () => {
    box = await startSandbox()
    seed('staging', '/', 120)
    const path = duplicates(
      '  - from: { environment: staging }\n    to: { environment: prod }\n    keys: "*"\n',
    )
    expect(plan(await runPlan(opts(path))).summary.duplicate).toBe(120)
    expect(report(await runApply(opts(path)))).toMatchObject({ applied: 120, failed: 0 })
    expect(box.writes().filter((w) => w.path === '/api/v4/secrets/duplicate')).toHaveLength(3)
    expect(
      box.server.state.listSecrets(PROJECT_ID, 'prod', '/').map((s) => [s.key, s.value, s.comment])[119],
    ).toEqual(['K119', 'value-119', 'c119'])
    const writes = box.writes().length
    expect(report(await runApply(opts(path))).items).toEqual([])
    expect(box.writes().length).toBe(writes)
  })

  it('skips an existing destination without overwrite and replaces it with overwrite', async () => {
    box = await startSandbox()
    seed('staging', '/backend', 2)
    box.server.state.addSecret(PROJECT_ID, 'prod', '/backend', {
      key: 'K000',
      value: 'prod-own',
      comment: 'keep',
    })
    const keep = duplicates(
      '  - from: { environment: staging, path: /backend }\n    to: { environment: prod, path: /backend }\n    keys: [K000, K001]\n',
    )
    const p = plan(await runPlan(opts(keep)))
    expect(p.items.map((i) => `${i.action} ${i.key}`)).toEqual(['duplicate-skip K000', 'duplicate K001'])
    report(await runApply(opts(keep)))
    expect(
      box.server.state.listSecrets(PROJECT_ID, 'prod', '/backend').find((s) => s.key === 'K000')!.value,
    ).toBe('prod-own')

    const replace = duplicates(
      '  - from: { environment: staging, path: /backend }\n    to: { environment: prod, path: /backend }\n    keys: [K000]\n    overwrite: true\n    copy: [value]\n',
    )
    const q = plan(await runPlan(opts(replace)))
    expect(q.items[0]).toMatchObject({ action: 'duplicate', key: 'K000', changes: ['value'] })
    report(await runApply(opts(replace)))
    const k0 = box.server.state.listSecrets(PROJECT_ID, 'prod', '/backend').find((s) => s.key === 'K000')!
    expect([k0.value, k0.comment]).toEqual(['value-0', 'keep'])
    expect(plan(await runPlan(opts(replace))).items[0]).toMatchObject({ action: 'duplicate-skip' })
  })

  it('sends exactly the attributes declared and creates a missing destination folder', async () => {
    box = await startSandbox()
    seed('dev', '/', 1)
    const path = duplicates(
      '  - from: { environment: dev }\n    to: { environment: staging, path: /copied }\n    keys: [K000]\n    copy: [value]\n',
    )
    report(await runApply(opts(path)))
    const sent = box.server.requests.find((r) => r.path === '/api/v4/secrets/duplicate')!.body as Record<
      string,
      unknown
    >
    expect(sent.attributesToCopy).toEqual({ value: true, comment: false, tags: false, metadata: false })
    expect(sent.shouldOverwrite).toBe(false)
    expect(
      box.server.state.listSecrets(PROJECT_ID, 'staging', '/copied').map((s) => [s.key, s.value, s.comment]),
    ).toEqual([['K000', 'value-0', '']])
  })

  it('reports a duplicate into a protected environment as pending approval', async () => {
    box = await startSandbox()
    seed('dev', '/', 2)
    box.server.state.addApprovalPolicy({ projectId: PROJECT_ID, environment: 'prod' })
    const path = duplicates('  - from: { environment: dev }\n    to: { environment: prod }\n    keys: "*"\n')
    const r = report(await runApply(opts(path)))
    expect(r.items.map((i) => i.outcome)).toEqual(['pending-approval', 'pending-approval'])
    expect(box.server.state.listSecrets(PROJECT_ID, 'prod', '/')).toEqual([])
  })

  it('falls back to batch writes on a server without the duplicate route, and says so in the plan', async () => {
    box = await startSandbox({ legacy: true })
    seed('staging', '/', 3)
    box.server.state.addSecret(PROJECT_ID, 'prod', '/', { key: 'K000', value: 'old' })
    const path = duplicates(
      '  - from: { environment: staging }\n    to: { environment: prod }\n    keys: "*"\n    overwrite: true\n',
    )
    const p = plan(await runPlan(opts(path)))
    expect(p.items.every((i) => i.note?.includes('this server has no duplicate route'))).toBe(true)
    expect(report(await runApply(opts(path)))).toMatchObject({ applied: 3, failed: 0 })
    expect(
      box.server.state
        .listSecrets(PROJECT_ID, 'prod', '/')
        .map((s) => s.value)
        .sort(),
    ).toEqual(['value-0', 'value-1', 'value-2'])
    expect(box.writes().map((w) => w.method)).toEqual(['POST', 'PATCH'])
    expect(plan(await runPlan(opts(path))).hasChanges).toBe(false)
  })

  it('blocks a duplicate of a key that does not exist in the source', async () => {
    box = await startSandbox()
    const path = duplicates(
      '  - from: { environment: dev }\n    to: { environment: prod }\n    keys: [NOPE]\n',
    )
    expect(plan(await runPlan(opts(path))).items[0]).toMatchObject({ action: 'blocked', key: 'NOPE' })
    expect((await runApply(opts(path))).kind).toBe('refused')
  })
})

const shareManifest = (
  shares: string,
  secrets = '  - key: DB_URL\n    environments: [dev]\n    value: { env: DB_URL }\n',
) => writeManifest(`environments: [dev]\nsecrets:\n${secrets}shares:\n${shares}`)

describe('share links', () => {
  it('creates a link with safe defaults, reports it once per name, and masks it', async () => {
    box = await startSandbox()
    const path = shareManifest('  - name: onboarding\n    secret: { key: DB_URL, environment: dev }\n')
    const env = { DB_URL: 'postgres://share-SENTINEL' }
    const redactor = new Redactor()
    const first = report(await runApply(opts(path, { env, redactor })))
    expect(first.shareLinks).toHaveLength(1)
    const link = first.shareLinks[0]!
    expect(link).toMatchObject({ name: 'onboarding', access: 'organization', expiresIn: '24h', maxViews: 1 })
    expect(link.url).toMatch(/\/shared\/secret\/[A-Za-z0-9_-]{43}$/)
    expect(redactor.redact(`link: ${link.url}`)).toBe('link: ***')
    const sent = box.server.requests.find(
      (r) => r.method === 'POST' && r.path === '/api/v1/shared-secrets',
    )!.body
    expect(sent).toEqual({
      name: 'onboarding',
      secretValue: 'postgres://share-SENTINEL',
      expiresIn: '24h',
      maxViews: 1,
      accessType: 'organization',
    })

    const second = await runPlan(opts(path, { env }))
    expect(plan(second).items.find((i) => i.key === 'DB_URL' && i.share)).toMatchObject({
      action: 'share-live',
    })
    expect(report(await runApply(opts(path, { env }))).shareLinks).toEqual([])
    expect(box.server.state.shares()).toHaveLength(1)
  })

  it('paces creation under 5 per minute with an injected clock instead of failing', async () => {
    let now = Date.parse('2026-11-23T10:00:00Z')
    box = await startSandbox({ now: () => now })
    const shares = Array.from(
      { length: 7 },
      (_, i) => `  - name: s${i}\n    secret: { key: DB_URL, environment: dev }\n`,
    ).join('')
    const slept: number[] = []
    const sharePacing = {
      perMinute: 5,
      now: () => now,
      sleep: async (ms: number) => {
        slept.push(ms)
        now += ms
      },
    }
    const r = report(await runApply(opts(shareManifest(shares), { env: { DB_URL: 'v' }, sharePacing })))
    expect(r.shareLinks).toHaveLength(7)
    expect(slept).toEqual([60_000])
    expect(box.server.requests.filter((q) => q.status === 429)).toEqual([])
    expect(box.server.state.shares()).toHaveLength(7)
  })

  it('refuses access: anyone without a password at lint time, with positions', async () => {
    box = await startSandbox()
    const path = shareManifest(
      '  - name: open\n    secret: { key: DB_URL, environment: dev }\n    access: anyone\n    expiresIn: 45d\n',
    )
    const r = await runPlan(opts(path, { env: { DB_URL: 'v' } }))
    expect(r.kind).toBe('invalid')
    expect(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual([
      '13:13 share-anyone-needs-password',
      '14:16 share-expiry-range',
    ])
    expect(box.server.requests).toEqual([])
  })

  it('blocks shares in the plan when the server does not let machine identities share (2024 server)', async () => {
    box = await startSandbox({ legacy: true })
    const path = shareManifest('  - name: onboarding\n    secret: { key: DB_URL, environment: dev }\n')
    const p = plan(await runPlan(opts(path, { env: { DB_URL: 'v' } })))
    const share = p.items.find((i) => i.share)!
    expect(share.action).toBe('blocked')
    expect(share.note).toContain('lets only users, not machine identities, create share links')
    expect((await runApply(opts(path, { env: { DB_URL: 'v' } }))).kind).toBe('refused')
  })

  it('refuses to create a link that nobody would receive', async () => {
    box = await startSandbox()
    const path = shareManifest('  - name: onboarding\n    secret: { key: DB_URL, environment: dev }\n')
    const r = await runApply(opts(path, { env: { DB_URL: 'v' }, canDeliverShareLinks: false }))
    expect(r.kind).toBe('refused')
    expect(box.writes()).toEqual([])
  })
})
