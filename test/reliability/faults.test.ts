import { describe, expect, it } from 'vitest'
import { runApply, runPlan } from '../../src/app/run.js'
import type { RunOptions, RunResult } from '../../src/app/types.js'
import { Redactor } from '../../src/core/redact.js'
import { planToJson } from '../../src/core/render/json.js'
import { renderApplyText, renderPlanText } from '../../src/core/render/text.js'
import type { FaultSpec } from '../../src/sandbox/infisical/index.js'
import { CLIENT_SECRET, PROJECT_ID, type Sandbox, startSandbox, writeManifest } from '../support/sandbox.js'

// Sentinels: one per shape a value can leak in.
const VALUES = {
  API_TOKEN: 'SENTINEL-api-7d1e',
  DB_URL: 'postgres://u:SENTINEL-pw-33ab@db/app',
  PEM: '-----BEGIN PRIVATE KEY-----\nSENTINELpemline\n-----END PRIVATE KEY-----\n',
  JSON_CFG: '{"k":"SENTINEL-json-91"}',
}
const RAW_LEAKS = [
  ...Object.values(VALUES),
  'SENTINELpemline',
  'SENTINEL-json-91',
  'SENTINEL-old-value',
  CLIENT_SECRET,
]
// Each in the forms a careless encoder would print it: as is, base64, URL-encoded, JSON-escaped.
const LEAKS = RAW_LEAKS.flatMap((v) => [
  v,
  Buffer.from(v).toString('base64'),
  encodeURIComponent(v),
  JSON.stringify(v).slice(1, -1),
])

const MANIFEST = `environments: [dev, staging, prod]
secrets:
  - key: API_TOKEN
    value: { env: API_TOKEN }
  - key: JSON_CFG
    value: { env: JSON_CFG }
  - key: SESSION
    value: { generate: { length: 32 } }
  - key: DB_URL
    path: /backend
    comment: primary
    value: { env: DB_URL }
  - key: PEM
    path: /backend
    environments: [prod]
    value: { env: PEM }
`

async function seeded(): Promise<Sandbox> {
  const box = await startSandbox()
  box.server.state.addSecret(PROJECT_ID, 'dev', '/', { key: 'API_TOKEN', value: 'SENTINEL-old-value' })
  return box
}

const options = (box: Sandbox, path: string): RunOptions => ({
  manifestPath: path,
  env: VALUES,
  credentials: { method: 'universal', clientId: 'ci-identity', clientSecret: CLIENT_SECRET },
  siteUrl: box.server.url,
  redactor: new Redactor(),
})

/** Everything a run could print, through the same redaction the CLI applies. */
function outputs(result: RunResult, redactor: Redactor): string {
  const parts = [JSON.stringify(result.diagnostics)]
  if (result.kind !== 'invalid')
    parts.push(renderPlanText(result.plan, { verbose: true }), planToJson(result.plan))
  if (result.kind === 'applied')
    parts.push(renderApplyText(result.report), planToJson(result.plan, result.report))
  if (result.kind === 'refused') parts.push(result.reasons.join('\n'))
  return redactor.redact(parts.join('\n'))
}

function remoteHolds(box: Sandbox, env: string, path: string, key: string): boolean {
  const s = box.server.state.listSecrets(PROJECT_ID, env, path).find((x) => x.key === key)
  if (!s) return false
  if (key === 'SESSION') return s.value.length === 32
  return (
    s.value ===
    VALUES[key as keyof typeof VALUES].trim() +
      (VALUES[key as keyof typeof VALUES].endsWith('\n') ? '\n' : '')
  )
}

const KINDS: ((method: string, path: string, skip: number) => FaultSpec)[] = [
  (method, path, skip) => ({ method, path, skip, kind: 'status', status: 500 }),
  (method, path, skip) => ({ method, path, skip, kind: 'status', status: 429, retryAfterSeconds: 1 }),
  (method, path, skip) => ({ method, path, skip, kind: 'reset-before' }),
  (method, path, skip) => ({ method, path, skip, kind: 'reset-after' }),
]

describe('fault injection: every write of a realistic apply, four ways', async () => {
  // The clean run tells which write requests an apply makes; each becomes a fault target.
  const clean = await seeded()
  const path = writeManifest(MANIFEST)
  const first = await runApply({ ...options(clean, path) })
  const targets = clean.writes().map((w, i, all) => ({
    ...w,
    skip: all.slice(0, i).filter((x) => x.method === w.method && x.path === w.path).length,
  }))
  await clean.close()

  it('the clean run applies everything with a handful of writes', () => {
    expect(first.kind).toBe('applied')
    expect(targets.length).toBeGreaterThanOrEqual(8)
  })

  const cases = targets.flatMap((t, n) =>
    KINDS.map((kind, k) => ({
      name: `write #${n + 1} ${t.method} ${t.path} / ${['500', '429', 'reset-before', 'reset-after'][k]}`,
      fault: kind(t.method, t.path, t.skip),
    })),
  )

  it.each(cases)('$name: true report, converging re-run, no duplicate, no leak', async ({ fault }) => {
    const box = await seeded()
    try {
      box.server.faults.add(fault)
      const opts = options(box, path)
      const result = await runApply(opts)
      expect(box.server.faults.pending()).toBe(0)
      expect(['applied']).toContain(result.kind)
      if (result.kind !== 'applied') return
      // The report tells the truth about every item.
      for (const item of result.report.items) {
        const holds = remoteHolds(box, item.environment, item.path, item.key)
        if (item.outcome === 'applied') expect(holds, `${item.key} reported applied`).toBe(true)
        if (item.outcome === 'failed') expect(holds, `${item.key} reported failed`).toBe(false)
      }
      expect(
        outputs(result, opts.redactor).match(
          new RegExp(LEAKS.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')),
        ),
      ).toBeNull()

      // The next run completes the rest and then there is nothing left to do.
      const again = await runApply(options(box, path))
      expect(again.kind).toBe('applied')
      if (again.kind === 'applied') expect(again.report.failed).toBe(0)
      const plan = await runPlan(options(box, path))
      expect(plan.kind === 'planned' && plan.plan.hasChanges).toBe(false)
      // No key was ever created twice: every stored secret is still at its first version or one update.
      const creates = box.server.requests.filter(
        (r) => r.method === 'POST' && r.path.endsWith('/secrets/batch') && r.status === 200,
      )
      const created = creates.flatMap((r) =>
        ((r.body as { secrets: { secretKey: string }[] }).secrets ?? []).map(
          (s) =>
            `${(r.body as { environment: string; secretPath: string }).environment}:${(r.body as { secretPath: string }).secretPath}:${s.secretKey}`,
        ),
      )
      expect(new Set(created).size).toBe(created.length)
    } finally {
      await box.close()
    }
  })
})
