import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runPlan } from '../../src/app/run.js'
import { main } from '../../src/cli/main.js'
import { runHook } from '../../src/hook/main.js'
import { startEnv } from '../action/fixtures.js'
import { runAction } from '../action/harness.js'
import { HARNESSES, type Harness } from '../support/providers.js'

// Every entry parses and lints a manifest through the same function, so a waiver naming no rule is
// reported by each of them (plan used to skip the waiver check that lint and the hook ran).
const BODY =
  'secrets:\n  - key: LOG_LEVEL # secrets-manifest: allow upper-case-kee\n    value: { literal: info }\n'
const UNKNOWN = "'upper-case-kee' is not a rule id"

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

describe('an unknown waiver id is reported by every entry', () => {
  it('lint (CLI)', async () => {
    h = await HARNESSES[0]!.start()
    const path = h.manifest(BODY)
    const out: string[] = []
    const code = await main(['lint', path], {
      stdout: (t) => out.push(t),
      stderr: (t) => out.push(t),
      env: {},
    })
    expect(code).toBe(1)
    expect(out.join('\n')).toContain(UNKNOWN)
  })

  it('plan', async () => {
    h = await HARNESSES[0]!.start()
    const result = await runPlan(h.options(h.manifest(BODY)))
    expect(result.kind).toBe('invalid')
    expect(result.diagnostics.map((d) => d.message)).toContainEqual(expect.stringContaining(UNKNOWN))
  })

  it('the hook', async () => {
    const text = `version: 1\nprovider:\n  type: infisical\n  projectId: p1\nenvironments: [dev]\n${BODY}`
    const err: string[] = []
    const code = await runHook(['lint', 'secrets.yaml'], {
      readFile: () => text,
      out: (t) => err.push(t),
      err: (t) => err.push(t),
    })
    expect(code).toBe(1)
    expect(err.join('\n')).toContain(UNKNOWN)
  })

  it('the action (plan mode, built bundle)', async () => {
    const env = await startEnv()
    try {
      writeFileSync(
        join(env.workdir, 'secrets.yaml'),
        `version: 1\nprovider:\n  type: infisical\n  projectId: ${env.projectId}\nenvironments: [dev, prod]\n${BODY}`,
      )
      const run = await runAction({
        workdir: env.workdir,
        inputs: { ...env.inputs, mode: 'plan' },
        event: { name: 'push', payload: {} },
        github: env.github,
        env: env.values,
      })
      expect(run.code).not.toBe(0)
      expect(run.commands.filter((c) => c.name === 'error').map((c) => c.message)).toContainEqual(
        expect.stringContaining(UNKNOWN),
      )
    } finally {
      await env.close()
    }
  })
})
