import { afterEach, describe, expect, it } from 'vitest'
import { runApply, runPlan } from '../../src/app/run.js'
import type { RunResult } from '../../src/app/types.js'
import type { ApplyReport, Plan } from '../../src/core/plan/types.js'
import { planToJson } from '../../src/core/render/json.js'
import { renderApplyMarkdown, renderPlanMarkdown } from '../../src/core/render/markdown.js'
import { renderApplyText, renderPlanText } from '../../src/core/render/text.js'
import { HARNESSES, type Harness } from '../support/providers.js'

// Values that must never appear in any output, one per shape a leak can take.
const SENTINELS = {
  DB_SRC: 'postgres://app:SENTINEL-db-pw-41aa@db:5432/app',
  API_SRC: 'SENTINEL-api-key-\n-line-two-77f0',
}
const REMOTE_ONLY_VALUE = 'SENTINEL-remote-only-c3d9'
const CHANGED_DB = 'postgres://app:SENTINEL-changed-pw-58be@db:5432/app'

const BODY = `secrets:
  - key: DB_URL
    comment: primary database
    value: { env: DB_SRC }
  - key: API_KEY
    value: { env: API_SRC }
  - key: LOG_LEVEL
    value: { literal: info }
`
const KEYS = ['DB_URL', 'API_KEY', 'LOG_LEVEL']

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

const planned = (r: RunResult): Plan => {
  if (r.kind !== 'planned') throw new Error(`expected planned, got ${r.kind}: ${JSON.stringify(r)}`)
  return r.plan
}
const applied = (r: RunResult): ApplyReport => {
  if (r.kind !== 'applied') throw new Error(`expected applied, got ${r.kind}: ${JSON.stringify(r)}`)
  return r.report
}
const lines = (plan: Plan) =>
  plan.items.map(
    (i) => `${i.action} ${i.key}${i.changes ? ` [${i.changes}]` : ''}${i.note ? ` (${i.note})` : ''}`,
  )
const scopes = (harness: Harness) => (harness.environments.length ? harness.environments : [harness.scope])

/** Every rendering of a plan and a report that any front end prints. */
function outputs(plan: Plan, report?: ApplyReport): string[] {
  const md = { manifestPath: 'secrets.yaml', maxBytes: 65_536 }
  return [
    renderPlanText(plan, { verbose: true }),
    planToJson(plan, report),
    renderPlanMarkdown(plan, md),
    ...(report
      ? [renderApplyText(report), renderApplyMarkdown(report, plan, md), JSON.stringify(report)]
      : []),
  ]
}

describe.each(HARNESSES)('conformance: $type', ({ start }) => {
  it('plans, applies, and re-plans empty; a second apply writes nothing', async () => {
    h = await start()
    const path = h.manifest(BODY)
    const plan = planned(await runPlan(h.options(path, SENTINELS)))
    const expected = scopes(h).flatMap(() => KEYS.map((k) => `create ${k}`))
    expect(lines(plan).sort()).toEqual(expected.sort())
    expect(new Set(plan.items.map((i) => i.environment))).toEqual(new Set(scopes(h)))

    const report = applied(await runApply(h.options(path, SENTINELS)))
    expect(report).toMatchObject({ applied: expected.length, failed: 0 })
    for (const env of scopes(h)) {
      expect(h.valueOf('DB_URL', env)).toBe(SENTINELS.DB_SRC)
      expect(h.valueOf('API_KEY', env)).toBe(SENTINELS.API_SRC)
    }

    const again = planned(await runPlan(h.options(path, SENTINELS)))
    expect(again.hasChanges).toBe(false)
    expect(again.items.every((i) => i.action === 'unchanged')).toBe(true)
    const writes = h.writes()
    expect(applied(await runApply(h.options(path, SENTINELS))).items).toEqual([])
    expect(h.writes()).toBe(writes)
  })

  it('shows a changed value as an update of that value only (Prime Intellect: with updateValues: always)', async () => {
    h = await start()
    applied(await runApply(h.options(h.manifest(BODY), SENTINELS)))
    const changedEnv = { ...SENTINELS, DB_SRC: CHANGED_DB }
    const plan = planned(await runPlan(h.options(h.manifest(BODY), changedEnv)))
    if (h.type === 'prime-intellect') {
      // Values cannot be read back: by default nothing can show the change, and the plan says so.
      expect(lines(plan)).toEqual(KEYS.map((k) => `unchanged ${k} (value not verifiable)`))
      expect(plan.notes?.[0]).toMatch(/never returns values.*updateValues: never/)
      const always = h.manifest(BODY, '  updateValues: always\n')
      const forced = planned(await runPlan(h.options(always, changedEnv)))
      expect(lines(forced)).toEqual(KEYS.map((k) => `update ${k} [value] (value always written)`))
      applied(await runApply(h.options(always, changedEnv)))
    } else {
      expect(lines(plan).filter((l) => !l.startsWith('unchanged'))).toEqual(
        scopes(h).map(() => 'update DB_URL [value]'),
      )
      expect(applied(await runApply(h.options(h.manifest(BODY), changedEnv)))).toMatchObject({
        applied: scopes(h).length,
        failed: 0,
      })
    }
    for (const env of scopes(h)) expect(h.valueOf('DB_URL', env)).toBe(CHANGED_DB)
    expect(h.valueOf('API_KEY')).toBe(SENTINELS.API_SRC)
  })

  it('reports a key that exists only remotely, and never prints its value', async () => {
    h = await start()
    h.addRemote('STRAY_KEY', REMOTE_ONLY_VALUE)
    const path = h.manifest(BODY)
    const plan = planned(await runPlan(h.options(path, SENTINELS)))
    expect(plan.items.filter((i) => i.action === 'remote-only')).toEqual([
      { action: 'remote-only', environment: h.scope, path: '/', key: 'STRAY_KEY' },
    ])
    const report = applied(await runApply(h.options(path, SENTINELS)))
    expect(h.valueOf('STRAY_KEY')).toBe(REMOTE_ONLY_VALUE)
    const all = outputs(plan, report).join('\n')
    for (const leak of [...Object.values(SENTINELS), 'SENTINEL-api-key-', REMOTE_ONLY_VALUE, h.secret])
      expect(all).not.toContain(leak)
  })

  it('maps a rejected credential to a clear error that does not contain it', async () => {
    h = await start()
    const options = h.badOptions(h.manifest(BODY))
    const error = await runPlan(options).then(
      () => undefined,
      (e: Error) => e,
    )
    expect(error?.name).toBe('ProviderError')
    expect(error?.message).toMatch(/HTTP 401/)
    expect(error?.message).toMatch(
      { infisical: /client id/, enkryptify: /ENKRYPTIFY_TOKEN/, 'prime-intellect': /PRIME_API_KEY/ }[h.type],
    )
    for (const leak of [h.secret, 'SENTINEL']) expect(error?.message).not.toContain(leak)
    expect(h.writes()).toBe(0)
  })

  it('keeps every value out of plan, report and error output, even when a write fails', async () => {
    h = await start()
    const path = h.manifest(BODY)
    const plan = planned(await runPlan(h.options(path, SENTINELS)))
    h.failNextCreate()
    const failed = applied(await runApply(h.options(path, SENTINELS)))
    expect(failed.failed).toBeGreaterThan(0)
    expect(failed.items.find((i) => i.outcome === 'failed')?.reason).toMatch(/HTTP 403/)
    const report = applied(await runApply(h.options(path, SENTINELS)))
    expect(report.failed).toBe(0)
    const changed = planned(await runPlan(h.options(path, { ...SENTINELS, DB_SRC: CHANGED_DB })))
    const all = [...outputs(plan, failed), ...outputs(plan, report), ...outputs(changed)].join('\n')
    for (const leak of [
      ...Object.values(SENTINELS),
      'SENTINEL-api-key-',
      '-line-two-77f0',
      CHANGED_DB,
      h.secret,
    ])
      expect(all).not.toContain(leak)
  })
})
