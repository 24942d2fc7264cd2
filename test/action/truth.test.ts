import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ALL_SENTINELS, type Env, manifestFor, startEnv, writesTo } from './fixtures.js'
import { expectNoLeak, prPayload, runAction } from './harness.js'

let env: Env
beforeEach(async () => {
  env = await startEnv()
})
afterEach(() => env.close())

const run = (
  mode: 'plan' | 'apply',
  extra: {
    inputs?: Record<string, string>
    values?: Record<string, string>
    event?: { name: string; payload: unknown }
  } = {},
) =>
  runAction({
    workdir: env.workdir,
    inputs: { ...env.inputs, mode, ...extra.inputs },
    event: extra.event ?? { name: 'pull_request', payload: prPayload({ number: 7 }) },
    github: env.github,
    env: extra.values ?? env.values,
  })
const failures = (r: Awaited<ReturnType<typeof run>>) =>
  r.commands.filter((c) => c.name === 'error' && !c.props.file).map((c) => c.message)

describe('the action says what needs attention and fails the check apply would fail', () => {
  it('fails a PR plan that apply would refuse, and the comment leads with why', async () => {
    writeFileSync(
      join(env.workdir, 'secrets.yaml'),
      `${manifestFor(env.projectId)}  - key: PAYMENTS_KEY\n    tags: [payments]\n    value: { literal: x }\n`,
    )
    // TLS_KEY_PEM is not given to this job: prod TLS_KEY is listed as not checked, not as a refusal.
    const r = await run('plan', { values: { DB_URL: env.values.DB_URL! } })
    expect(r.code).toBe(1)
    expect(r.outputs['exit-code']).toBe('1')
    expect(failures(r)).toEqual([
      expect.stringMatching(/^apply would refuse to start: 2 item\(s\) cannot be applied/),
    ])
    const body = env.github.comments.get(7)![0]!.body
    for (const markdown of [body, r.summary]) {
      const attention = markdown.indexOf('**Apply would refuse to start** (2 item(s))')
      expect(attention).toBeGreaterThan(0)
      // Before the table: the comment's key × environment matrix, the summary's item table.
      const table = markdown === body ? '| Key |' : '| Action |'
      expect(markdown.indexOf(table)).toBeGreaterThan(attention)
      expect(markdown).toContain(
        "- `dev` `/` `PAYMENTS_KEY`: tag 'payments' not found in the project; create it first",
      )
      expect(markdown).toContain('- `prod` `/` `TLS_KEY`: environment variable TLS\\_KEY\\_PEM is not set')
      expect(markdown).toContain('**1 value(s) not checked**')
      expect(markdown).not.toContain('No changes')
    }
    expect(writesTo(env.infisical)).toEqual([])
    expectNoLeak(r, env.github, ALL_SENTINELS)
  })

  it('a drift check whose values the job cannot see exits 4, says which, and never "No changes"', async () => {
    const apply = await run('apply', {
      inputs: { comment: 'false' },
      event: { name: 'workflow_dispatch', payload: {} },
    })
    expect(apply.code).toBe(0)
    expect(apply.outputs['exit-code']).toBe('0')
    const schedule = { name: 'schedule', payload: {} }
    const clean = await run('plan', { inputs: { 'fail-on-drift': 'true' }, event: schedule })
    expect(clean.code).toBe(0)
    expect(clean.summary).toContain('No changes: the remote matches the manifest.')

    const blind = await run('plan', { inputs: { 'fail-on-drift': 'true' }, values: {}, event: schedule })
    expect(blind.code).toBe(4)
    expect(blind.outputs['exit-code']).toBe('4')
    expect(failures(blind)).toEqual([
      expect.stringContaining(
        '3 value(s) could not be checked, so drift cannot be ruled out (fail-on-drift, exit 4)',
      ),
    ])
    expect(blind.summary).toContain('**3 value(s) not checked**')
    expect(blind.summary).toContain('- `prod` `/` `DATABASE_URL`: environment variable DB\\_URL is not set')
    expect(blind.summary).not.toContain('No changes')
    expectNoLeak(blind, env.github, ALL_SENTINELS)
  })

  it('annotates a YAML syntax error, and every schema, duplicate and environment finding, at its own position', async () => {
    const header = `version: 1\nprovider:\n  type: infisical\n  projectId: ${env.projectId}\nenvironments: [dev]\nsecrets:\n`
    const annotations = async (body: string) => {
      writeFileSync(join(env.workdir, 'secrets.yaml'), header + body)
      const r = await run('plan')
      expect(r.code).toBe(1)
      expect(env.infisical.requests).toEqual([])
      return r.commands
        .filter((c) => c.name === 'error' && c.props.file === 'secrets.yaml')
        .map((c) => `${c.props.line}:${c.props.col} ${c.props.title}`)
    }
    expect(await annotations('  - key: A\n    value: { literal: x ]\n')).toContain('8:25 yaml-syntax')
    expect(
      await annotations(
        '  - key: WRONG\n    tags: 5\n  - key: TWICE\n  - key: TWICE\n  - key: ELSEWHERE\n    environments: [qa]\n',
      ),
    ).toEqual(['8:11 manifest-schema', '10:10 duplicate-key', '12:20 unknown-environment'])
  })

  it('a drift check against a server that does not answer exits 5', async () => {
    const r = await run('plan', {
      inputs: { 'fail-on-drift': 'true', 'site-url': 'http://127.0.0.1:1' },
      event: { name: 'schedule', payload: {} },
    })
    expect(r.code).toBe(5)
    expect(r.outputs['exit-code']).toBe('5')
    expect(failures(r)).toEqual([expect.stringContaining('connection refused')])
  })
})
