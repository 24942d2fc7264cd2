import { afterEach, describe, expect, it } from 'vitest'
import { runApply, runPlan } from '../../src/app/run.js'
import type { RunResult } from '../../src/app/types.js'
import { parseManifest } from '../../src/core/manifest/parse.js'
import { renderPlanText } from '../../src/core/render/text.js'
import { serverMessage } from '../../src/providers/prime-intellect/errors.js'
import { PROVIDER_CATALOG } from '../../src/providers/registry.js'
import { PRIME_KEY, primeHarness } from '../support/providers.js'

let h: Awaited<ReturnType<typeof primeHarness>> | undefined
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
const lists = () => h!.server.requests.filter((r) => r.method === 'GET' && r.path === '/api/v1/secrets')
const seed = (n: number) => {
  for (let i = 0; i < n; i++)
    h!.server.state.addSecret({ name: `S_${String(i).padStart(3, '0')}`, value: `v${i}` })
}
const ONE = 'secrets:\n  - key: TOKEN\n    comment: api token\n    value: { env: TOKEN_SRC }\n'

describe('Prime Intellect provider', () => {
  it.each(['total_count', 'totalCount', 'none'] as const)(
    'pages through 250 secrets (total as %s)',
    async (totalField) => {
      h = await primeHarness({ totalField })
      seed(250)
      const plan = planned(await runPlan(h.options(h.manifest(ONE), { TOKEN_SRC: 'x' })))
      expect(plan.summary).toMatchObject({ create: 1, remoteOnly: 250 })
      expect(lists().map((r) => [r.query.offset, r.query.limit])).toEqual([
        ['0', '100'],
        ['100', '100'],
        ['200', '100'],
      ])
    },
  )

  it('stops on an empty page when the total is absent and the count is a multiple of the page', async () => {
    h = await primeHarness({ totalField: 'none' })
    seed(200)
    planned(await runPlan(h.options(h.manifest(ONE), { TOKEN_SRC: 'x' })))
    expect(lists().map((r) => r.query.offset)).toEqual(['0', '100', '200'])
  })

  it('leaves existing values alone under updateValues: never, and says so in the plan', async () => {
    h = await primeHarness()
    h.server.state.addSecret({ name: 'TOKEN', value: 'old', description: 'api token' })
    const plan = planned(await runPlan(h.options(h.manifest(ONE), { TOKEN_SRC: 'new' })))
    expect(plan.items).toEqual([
      {
        action: 'unchanged',
        environment: '(global)',
        path: '/',
        key: 'TOKEN',
        valueChecked: false,
        note: 'value not verifiable',
      },
    ])
    expect(renderPlanText(plan)).toContain('Note: Prime Intellect never returns values')
    expect(applied(await runApply(h.options(h.manifest(ONE), { TOKEN_SRC: 'new' }))).items).toEqual([])
    expect(h.server.state.valueOf('TOKEN')).toBe('old')
  })

  it('writes every value with one PATCH each under updateValues: always, and still reports comment changes', async () => {
    h = await primeHarness()
    h.server.state.addSecret({ name: 'TOKEN', value: 'old', description: 'stale' })
    const path = h.manifest(ONE, '  updateValues: always\n')
    const plan = planned(await runPlan(h.options(path, { TOKEN_SRC: 'new' })))
    expect(plan.items.map((i) => [i.action, i.changes, i.note])).toEqual([
      ['update', ['value', 'comment'], 'value always written'],
    ])
    expect(plan.notes?.[0]).toMatch(/updateValues: always/)
    applied(await runApply(h.options(path, { TOKEN_SRC: 'new' })))
    const patches = h.server.requests.filter((r) => r.method === 'PATCH')
    expect(patches).toHaveLength(1)
    expect(patches[0]!.body).toEqual({ value: 'new', description: 'api token' })
    expect(h.server.state.valueOf('TOKEN')).toBe('new')
  })

  it('writes team secrets with teamId in the body on create and in the query elsewhere; PRIME_TEAM_ID wins', async () => {
    h = await primeHarness({ deleteStatus: 204 })
    h.server.state.addSecret({ name: 'OLD', value: 'o', teamId: 'team-1' })
    const path = h.manifest(`prune: true\n${ONE}`, '  teamId: team-from-manifest\n')
    const options = {
      ...h.options(path, { TOKEN_SRC: 't' }),
      credentials: { method: 'prime-api-key' as const, apiKey: PRIME_KEY, teamId: 'team-1' },
      allowDelete: true,
    }
    expect(applied(await runApply(options))).toMatchObject({ applied: 2, failed: 0 })
    const post = h.server.requests.find((r) => r.method === 'POST')!
    expect(post.body).toMatchObject({ name: 'TOKEN', teamId: 'team-1', description: 'api token' })
    expect(lists().every((r) => r.query.teamId === 'team-1')).toBe(true)
    expect(h.server.requests.find((r) => r.method === 'DELETE')).toMatchObject({
      query: { teamId: 'team-1' },
      status: 204,
    })
    expect(h.server.state.valueOf('TOKEN', 'team-1')).toBe('t')
    expect(h.server.state.valueOf('OLD', 'team-1')).toBeUndefined()
  })

  it('reads 422 errors in the documented shape over HTTP', async () => {
    h = await primeHarness({ maxLimit: 50 })
    await expect(runPlan(h.options(h.manifest(ONE), { TOKEN_SRC: 'x' }))).rejects.toThrow(
      'list secrets (offset 0) failed: HTTP 422 limit: Input should be less than or equal to 50',
    )
  })

  it('reads 422 errors in FastAPI shape without echoing the rejected input', async () => {
    h = await primeHarness({ maxLimit: 50, errorStyle: 'fastapi' })
    await expect(runPlan(h.options(h.manifest(ONE), { TOKEN_SRC: 'x' }))).rejects.toThrow(
      'list secrets (offset 0) failed: HTTP 422 limit: Input should be less than or equal to 50',
    )
    const body = {
      detail: [
        {
          loc: ['body', 'value'],
          msg: 'String should have at least 1 character',
          type: 'x',
          input: 'SENTINEL-v',
        },
      ],
    }
    expect(serverMessage(body)).toBe('value: String should have at least 1 character')
    expect(serverMessage({ errors: [{ param: 'name', details: 'bad name' }] })).toBe('name: bad name')
    expect(serverMessage({ detail: 'Not a member of this team' })).toBe('Not a member of this team')
  })

  it('fails a bad name or empty value before sending it', async () => {
    h = await primeHarness()
    // allowEmpty: true gets the empty value past the plan, to the provider's own check.
    const path = h.manifest('secrets:\n  - key: EMPTY\n    value: { env: EMPTY_SRC, allowEmpty: true }\n')
    const report = applied(await runApply(h.options(path, { EMPTY_SRC: '' })))
    expect(report.items[0]).toMatchObject({
      outcome: 'failed',
      reason: 'create EMPTY: Prime Intellect needs a value of at least one character',
    })
    expect(h.server.requests.filter((r) => r.method === 'POST')).toEqual([])
  })

  it('rejects environments, paths, tags and metadata in the manifest with positioned, provider-named findings', () => {
    const text = [
      'version: 1',
      'provider:',
      '  type: prime-intellect',
      'environments: [dev]',
      'secrets:',
      '  - key: TOKEN',
      '    path: /backend',
      '    tags: [api]',
      '    metadata: { owner: me }',
      '    value: { literal: x }',
      '',
    ].join('\n')
    const { diagnostics } = parseManifest(text, 'secrets.yaml', PROVIDER_CATALOG)
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual([
      '4:15 prime-intellect-no-environments',
      '7:11 prime-intellect-no-folders',
      '8:11 prime-intellect-no-tags',
      '9:15 prime-intellect-no-metadata',
    ])
  })
})
