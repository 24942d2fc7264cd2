import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MASK, Redactor } from '../../src/core/redact.js'
import { text } from '../../src/core/render/markdown-fit.js'
import { type Env, startEnv } from '../action/fixtures.js'
import { expectNoLeak, prPayload, runAction } from '../action/harness.js'

// Masking runs on the final text of each channel. A value a server quotes in its error body is escaped
// for Markdown on the way into the comment and the summary; the escaped form must be masked too.
const MD_VALUE = 'pa_ss*w[or]d|`x`<y>&z@Zq9SENTINELmd'
const CORE = 'Zq9SENTINELmd'
const html = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

let env: Env
beforeEach(async () => {
  env = await startEnv()
})
afterEach(() => env.close())

const act = (mode: 'plan' | 'apply', values: Record<string, string> = env.values) =>
  runAction({
    workdir: env.workdir,
    inputs: { ...env.inputs, mode },
    event: { name: 'pull_request', payload: prPayload({ number: 7 }) },
    github: env.github,
    env: values,
  })

describe('mask before you format: escaped forms of a value never reach a channel', () => {
  it('a server error body quoting a value with Markdown-special characters', async () => {
    env.infisical.faults.add({
      method: 'POST',
      path: '/api/v4/secrets/batch',
      kind: 'status',
      status: 400,
      message: `value '${MD_VALUE}' rejected (as HTML: ${html(MD_VALUE)})`,
      times: 10,
    })
    const run = await act('apply', { ...env.values, DB_URL: MD_VALUE })
    expect(run.code).toBe(1)
    const comment =
      env.github.comments
        .get(7)
        ?.map((c) => c.body)
        .join('\n') ?? ''
    expect(comment).toContain('rejected')
    expect(run.summary).toContain('rejected')
    for (const channel of [comment, run.summary, run.stdout.replace(/^::add-mask::.*$/gm, ''), run.stderr]) {
      expect(channel).not.toContain(CORE)
    }
    expectNoLeak(run, env.github, [MD_VALUE, text(MD_VALUE), html(MD_VALUE)])
  })

  it('a value as large as a file is masked without exceeding the regular-expression limit', () => {
    const r = new Redactor()
    const big = `${'y1-'.repeat(40_000)}end`
    r.register(big)
    r.register('short-Q7x!value')
    expect(r.redactFreeText(`a ${big} b short-Q7x!value`)).toBe(`a ${MASK} b ${MASK}`)
    expect(r.redact(`a ${big} b`)).toBe(`a ${MASK} b`)
  })

  it('the Redactor masks Markdown-, table- and HTML-escaped forms', () => {
    const r = new Redactor()
    r.register(MD_VALUE)
    for (const form of [MD_VALUE, text(MD_VALUE), MD_VALUE.replace(/\|/g, '\\|'), html(MD_VALUE)]) {
      expect(r.redact(`a ${form} b`)).toBe(`a ${MASK} b`)
    }
  })
})

describe('masking must not break output', () => {
  // Values equal to our own words, key names, environment names and JSON literals.
  const COMMON = ['true', 'update', 'prod', 'DATABASE_URL', 'LOG_LEVEL', 'null', 'create']

  it('plan outputs stay valid JSON and key names stay visible', async () => {
    for (const [i, value] of COMMON.entries()) {
      env.infisical.state.addSecret(env.projectId, 'prod', '/', { key: `REMOTE_${i}`, value })
    }
    const run = await act('plan', { ...env.values, DB_URL: 'update' })
    expect(run.code).toBe(0)
    const summary = JSON.parse(run.outputs.summary!)
    expect(summary.hasChanges).toBe(true)
    const plan = JSON.parse(readFileSync(run.outputs.plan!, 'utf8'))
    expect(JSON.stringify(plan)).toContain('"DATABASE_URL"')
    expect(JSON.stringify(plan)).toContain('"prod"')
    expect(run.outputs['has-changes']).toBe('true')
    for (const name of ['DATABASE_URL', 'LOG_LEVEL', 'prod', 'update', 'create']) {
      expect(run.summary).toContain(name)
      expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).toContain(name)
    }
    // Too common to give the runner's masker: it would mask them everywhere in the log.
    const masks = run.commands.filter((c) => c.name === 'add-mask').map((c) => c.message)
    for (const value of COMMON) expect(masks).not.toContain(value)
  })

  it('a credential is masked everywhere and given to the runner however ordinary it looks', () => {
    const r = new Redactor()
    const seen: string[] = []
    r.onRegister((s) => seen.push(s))
    r.registerCredential('password')
    expect(r.redact('the password is wrong')).toBe(`the ${MASK} is wrong`)
    expect(seen).toContain('password')
  })

  it('free text (a server error) is still redacted with every value, common ones included', () => {
    const r = new Redactor()
    r.register('update')
    expect(r.redact('planned update')).toBe('planned update')
    expect(r.redactFreeText('server said: update is wrong')).toBe(`server said: ${MASK} is wrong`)
  })
})

describe('credentials are registered before the first request', () => {
  it('the share password is masked from the start of a run', async () => {
    const { startSandbox, writeManifest, CLIENT_SECRET } = await import('../support/sandbox.js')
    const { runPlan } = await import('../../src/app/run.js')
    const box = await startSandbox()
    try {
      const password = 'share-pw-Q7x!SENTINEL'
      const seenAtFirstRequest: string[] = []
      const redactor = new Redactor()
      const manifestPath = writeManifest(
        'environments: [dev]\nsecrets:\n  - key: A\n    value: { literal: a }\nshares:\n  - name: onboarding\n    secret: { key: A, environment: dev }\n    access: anyone\n    password: { env: SHARE_PW }\n',
      )
      await runPlan({
        manifestPath,
        env: { SHARE_PW: password },
        credentials: { method: 'universal', clientId: 'ci-identity', clientSecret: CLIENT_SECRET },
        siteUrl: box.server.url,
        redactor,
        onRequest: () => {
          if (seenAtFirstRequest.length === 0) seenAtFirstRequest.push(redactor.redact(password))
        },
      })
      expect(seenAtFirstRequest).toEqual([MASK])
    } finally {
      await box.close()
    }
  })
})
