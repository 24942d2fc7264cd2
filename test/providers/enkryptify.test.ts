import { readFileSync, writeFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { runApply, runPlan } from '../../src/app/run.js'
import type { RunResult } from '../../src/app/types.js'
import { Redactor } from '../../src/core/redact.js'
import { EnkryptifyProvider } from '../../src/providers/enkryptify/provider.js'
import { ENKRYPTIFY_TOKEN, enkryptifyHarness, PROJECT, WORKSPACE } from '../support/providers.js'

let h: Awaited<ReturnType<typeof enkryptifyHarness>> | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

const applied = (r: RunResult) => {
  if (r.kind !== 'applied') throw new Error(`expected applied, got ${r.kind}: ${JSON.stringify(r)}`)
  return r.report
}
const planned = (r: RunResult) => {
  if (r.kind !== 'planned') throw new Error(`expected planned, got ${r.kind}: ${JSON.stringify(r)}`)
  return r.plan
}
const secretCalls = (method: string) =>
  h!.server.requests.filter((r) => r.method === method && /\/secret(\/[^/]+)?$/.test(r.path))
const envId = (name: string) =>
  h!.server.state.project(WORKSPACE, PROJECT)!.environments.find((e) => e.name === name)!.id

describe('Enkryptify provider', () => {
  it('reads all environments with ONE secret list per plan, and exchanges the token once', async () => {
    h = await enkryptifyHarness()
    h.server.state.addSecret(WORKSPACE, PROJECT, { key: 'AA', values: { dev: 'a', prod: 'a' } })
    const path = h.manifest(
      'secrets:\n  - key: AA\n    value: { literal: a }\n  - key: BB\n    value: { literal: b }\n',
    )
    planned(await runPlan(h.options(path)))
    expect(secretCalls('GET')).toHaveLength(1)
    expect(h.server.requests.filter((r) => r.path === '/v1/auth/exchange')).toHaveLength(1)
    // The JWT from the exchange is what the data requests carry, not the raw token.
    const data = h.server.requests.filter((r) => r.path !== '/v1/auth/exchange')
    expect(data.every((r) => String(r.headers.authorization).startsWith('Bearer eyJ'))).toBe(true)
  })

  it('creates keys that share a value across environments in one POST, and different values with one PUT', async () => {
    h = await enkryptifyHarness()
    const path = h.manifest(
      [
        'secrets:',
        '  - key: SAME_A',
        '    value: { literal: same }',
        '  - key: SAME_B',
        '    value: { literal: other }',
        '  - key: SPLIT',
        '    value:',
        '      dev: { literal: split-dev }',
        '      prod: { literal: split-prod }',
        '  - key: DEV_ONLY',
        '    environments: [dev]',
        '    value: { literal: d }',
        '',
      ].join('\n'),
    )
    const report = applied(await runApply(h.options(path)))
    expect(report).toMatchObject({ applied: 7, failed: 0 })
    const posts = secretCalls('POST').map(
      (r) => r.body as { environments: string[]; secrets: { key: string }[] },
    )
    expect(posts.map((p) => [p.environments.length, p.secrets.map((s) => s.key)])).toEqual([
      [2, ['SAME_A', 'SAME_B']],
      [1, ['SPLIT', 'DEV_ONLY']],
    ])
    expect(posts[0]!.environments.sort()).toEqual([envId('dev'), envId('prod')].sort())
    expect(secretCalls('PUT')).toHaveLength(1)
    expect(h.server.state.valuesOf(WORKSPACE, PROJECT, 'SPLIT')).toEqual({
      dev: 'split-dev',
      prod: 'split-prod',
    })
    expect(h.server.state.valuesOf(WORKSPACE, PROJECT, 'DEV_ONLY')).toEqual({ dev: 'd' })
    expect(planned(await runPlan(h.options(path))).hasChanges).toBe(false)
  })

  it('updates with one PUT per key that keeps other environments, personal values, type and note', async () => {
    h = await enkryptifyHarness()
    h.server.state.addSecret(WORKSPACE, PROJECT, {
      key: 'DB',
      values: { dev: 'old-dev', staging: 'kept-staging', prod: 'old-prod' },
      personal: { dev: 'my-own-dev' },
      personalUserId: 'user-1',
      type: 'build',
      dataType: 'json',
      note: 'kept note',
    })
    const path = h.manifest(
      'secrets:\n  - key: DB\n    value:\n      dev: { literal: new-dev }\n      prod: { literal: new-prod }\n',
    )
    const plan = planned(await runPlan(h.options(path)))
    expect(plan.items.map((i) => `${i.action} ${i.environment} ${i.changes}`)).toEqual([
      'update dev value',
      'update prod value',
    ])
    const listsBefore = secretCalls('GET').length
    applied(await runApply(h.options(path)))
    const puts = secretCalls('PUT')
    expect(puts).toHaveLength(1)
    expect(puts[0]!.body).toMatchObject({ name: 'DB', type: 'build', dataType: 'json', note: 'kept note' })
    const [stored] = h.server.state.secrets(WORKSPACE, PROJECT)
    expect(h.server.state.valuesOf(WORKSPACE, PROJECT, 'DB')).toEqual({
      dev: 'new-dev',
      staging: 'kept-staging',
      prod: 'new-prod',
    })
    expect(stored!.values.find((v) => v.isPersonal)?.value).toBe('my-own-dev')
    // The plan's one list, then a fresh one, so values[] is rebuilt from what the server holds now.
    expect(secretCalls('GET').length - listsBefore).toBe(2)
  })

  it('adds a value with PUT when the key already exists in another environment', async () => {
    h = await enkryptifyHarness()
    h.server.state.addSecret(WORKSPACE, PROJECT, { key: 'KK', values: { staging: 's' } })
    const path = h.manifest('secrets:\n  - key: KK\n    value: { literal: v }\n')
    expect(planned(await runPlan(h.options(path))).items.map((i) => i.action)).toEqual(['create', 'create'])
    applied(await runApply(h.options(path)))
    expect(secretCalls('POST')).toHaveLength(0)
    expect(h.server.state.valuesOf(WORKSPACE, PROJECT, 'KK')).toEqual({ staging: 's', dev: 'v', prod: 'v' })
  })

  it('ignores personal values when comparing, and masks them', async () => {
    h = await enkryptifyHarness()
    h.server.state.addSecret(WORKSPACE, PROJECT, {
      key: 'PP',
      values: {},
      personal: { dev: 'personal-SENTINEL-value' },
      personalUserId: 'user-1',
    })
    const redactor = new Redactor()
    const path = h.manifest(
      'secrets:\n  - key: PP\n    environments: [dev]\n    value: { literal: shared }\n',
    )
    const plan = planned(await runPlan({ ...h.options(path), redactor }))
    expect(plan.items.map((i) => i.action)).toEqual(['create'])
    expect(redactor.redact('x personal-SENTINEL-value y')).toBe('x *** y')
  })

  it('masks values of environments the plan does not list, and leaves declared literals readable', async () => {
    h = await enkryptifyHarness()
    h.server.state.addSecret(WORKSPACE, PROJECT, {
      key: 'LOG_LEVEL',
      values: { dev: 'info', staging: 'staging-SENTINEL-value' },
    })
    const redactor = new Redactor()
    const path = h.manifest(
      'secrets:\n  - key: LOG_LEVEL\n    environments: [dev]\n    value: { literal: info }\n',
    )
    planned(await runPlan({ ...h.options(path), redactor }))
    expect(redactor.redact('staging-SENTINEL-value / info')).toBe('*** / info')
  })

  it('deletes one environment by PUT and the whole secret by DELETE when no value would remain', async () => {
    h = await enkryptifyHarness()
    h.server.state.addSecret(WORKSPACE, PROJECT, { key: 'PARTLY', values: { dev: 'x', staging: 's' } })
    h.server.state.addSecret(WORKSPACE, PROJECT, { key: 'GONE', values: { dev: 'x', prod: 'y' } })
    const path = h.manifest('prune: true\nsecrets:\n  - key: KEEP\n    value: { literal: k }\n')
    const report = applied(await runApply({ ...h.options(path), allowDelete: true }))
    expect(report).toMatchObject({ applied: 5, failed: 0 })
    expect(secretCalls('POST')).toHaveLength(1)
    expect(secretCalls('PUT')).toHaveLength(1)
    expect(secretCalls('DELETE')).toHaveLength(1)
    expect(h.server.state.valuesOf(WORKSPACE, PROJECT, 'PARTLY')).toEqual({ staging: 's' })
    expect(h.server.state.valuesOf(WORKSPACE, PROJECT, 'GONE')).toBeUndefined()
  })

  it('falls back to the raw token when the exchange is unavailable', async () => {
    h = await enkryptifyHarness({ exchange: false })
    const path = h.manifest('secrets:\n  - key: AA\n    value: { literal: a }\n')
    applied(await runApply(h.options(path)))
    expect(h.server.requests.filter((r) => r.path === '/v1/auth/exchange')).toHaveLength(1)
    const data = h.server.requests.filter((r) => r.path !== '/v1/auth/exchange')
    expect(data.every((r) => r.authorized && r.headers.authorization === `Bearer ${ENKRYPTIFY_TOKEN}`)).toBe(
      true,
    )
  })

  it('exchanges again once when the JWT expires mid-run', async () => {
    h = await enkryptifyHarness({ directTokens: false })
    const provider = new EnkryptifyProvider({
      apiUrl: h.server.url,
      workspace: WORKSPACE,
      project: PROJECT,
      token: ENKRYPTIFY_TOKEN,
      registerSecret: () => {},
    })
    await provider.connect()
    expect(provider.tokenMode).toBe('jwt')
    h.server.state.expireJwts()
    expect((await provider.list({ environment: 'dev', path: '/' })).secrets).toEqual([])
    expect(h.server.requests.filter((r) => r.path === '/v1/auth/exchange')).toHaveLength(2)
    await provider.close()
  })

  it('waits for Retry-After on 429 and goes on', async () => {
    h = await enkryptifyHarness()
    h.server.faults.add({
      kind: 'status',
      status: 429,
      method: 'GET',
      path: /\/secret$/,
      retryAfterSeconds: 1,
    })
    const path = h.manifest('secrets:\n  - key: AA\n    value: { literal: a }\n')
    const started = Date.now()
    planned(await runPlan(h.options(path)))
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(secretCalls('GET').map((r) => r.status)).toEqual([429, 200])
  })

  it('turns {message} errors into safe messages with what to do', async () => {
    h = await enkryptifyHarness()
    h.server.state.addToken({ token: 'ek_live_read-only', workspace: WORKSPACE, permission: 'read' })
    const path = h.manifest('secrets:\n  - key: AA\n    value: { literal: a }\n')
    const report = applied(
      await runApply({
        ...h.options(path),
        credentials: { method: 'enkryptify-token', token: 'ek_live_read-only' },
      }),
    )
    expect(report.items[0]!.reason).toBe(
      'create 1 secret(s) in 2 environment(s) failed: HTTP 403 Insufficient permissions (the token needs read-write permission on this project and each environment written)',
    )
    const wrongProject = h.manifest('secrets: []\n')
    writeFileSync(
      wrongProject,
      readFileSync(wrongProject, 'utf8').replace(`project: ${PROJECT}`, 'project: nope'),
    )
    await expect(runPlan(h.options(wrongProject))).rejects.toThrow(
      /read environments of acme\/nope failed: HTTP 404 Project not found \(check provider.workspace and provider.project/,
    )
    await expect(
      runPlan({ ...h.options(path), credentials: { method: 'enkryptify-token', token: 'not-a-token' } }),
    ).rejects.toThrow(/HTTP 401 Invalid or expired token .*API tokens start with ek_live_/)
  })

  it('fails an over-long value before sending it, and writes the rest', async () => {
    h = await enkryptifyHarness()
    const path = h.manifest(
      'secrets:\n  - key: BIG\n    environments: [dev]\n    value: { env: BIG }\n  - key: OK\n    environments: [dev]\n    value: { literal: ok }\n',
    )
    const report = applied(await runApply(h.options(path, { BIG: 'x'.repeat(70_000) })))
    expect(report.items.map((i) => [i.key, i.outcome])).toEqual([
      ['BIG', 'failed'],
      ['OK', 'applied'],
    ])
    expect(report.items[0]!.reason).toMatch(/longer than 65536 characters/)
    expect(
      secretCalls('POST').map((r) => (r.body as { secrets: { key: string }[] }).secrets.map((s) => s.key)),
    ).toEqual([['OK']])
  })

  it('counts a create whose answer was lost as applied once a re-list shows it landed', async () => {
    h = await enkryptifyHarness()
    h.server.faults.add({ kind: 'reset-after', method: 'POST', path: /\/secret$/ })
    const path = h.manifest('secrets:\n  - key: AA\n    value: { literal: a }\n')
    const report = applied(await runApply(h.options(path)))
    expect(report).toMatchObject({ applied: 2, failed: 0 })
    expect(secretCalls('POST')).toHaveLength(1)
    expect(h.server.state.valuesOf(WORKSPACE, PROJECT, 'AA')).toEqual({ dev: 'a', prod: 'a' })
  })
})
