import { spawn } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lintText } from '../../src/core/lint.js'
import { PROVIDER_CATALOG } from '../../src/providers/registry.js'
import { type Sandbox, startSandbox, writeManifest } from '../support/sandbox.js'

// A fork PR chooses the manifest, and with it `rules.key.pattern`. A pattern that backtracks
// catastrophically must not hang the checks. The bundles run in child processes with a kill timer,
// because a regular expression that hangs blocks the event loop and no in-process timeout would fire.
const HOOK = new URL('../../dist/hook/index.js', import.meta.url).pathname
const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname
const LIMIT_MS = 15_000

// Each backtracks exponentially in a backtracking engine on a run of A's followed by a character that
// makes the match fail.
const CATASTROPHIC = ['^(A+)+$', '^(A|A)*$', '^(A|AA)+$', '^(A*)*$', '^([A-Z]+_?)*$']
const KEY = `${'A'.repeat(40)}1`

const manifestWith = (pattern: string) =>
  writeManifest(
    `environments: [dev]\nrules:\n  key:\n    pattern: '${pattern}'\nsecrets:\n  - key: ${KEY}\n    value: { env: X }\n  - key: AAAA\n    value: { env: Y }\n`,
  )

function run(script: string, args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; out: string; killed: boolean }>((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let killed = false
    const timer = setTimeout(() => {
      killed = true
      child.kill('SIGKILL')
    }, LIMIT_MS)
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, out, killed })
    })
  })
}

let box: Sandbox
beforeAll(async () => {
  box = await startSandbox()
})
afterAll(() => box.close())

describe('hostile rules.key.pattern cannot hang the checks', () => {
  it.each(CATASTROPHIC)('the hook bundle reports %s promptly', async (pattern) => {
    const r = await run(HOOK, ['lint', manifestWith(pattern)])
    expect(r.killed, 'the hook hung').toBe(false)
    expect(r.code).toBe(1)
    expect(r.out).toContain('key-pattern')
    expect(r.out).toContain(`does not match rules.key.pattern`)
  })

  it('the CLI bundle: lint and plan end promptly', async () => {
    const path = manifestWith(CATASTROPHIC[0]!)
    const lint = await run(CLI, ['lint', '--manifest', path])
    expect(lint.killed, 'lint hung').toBe(false)
    expect(lint.out).toContain('key-pattern')
    const plan = await run(CLI, ['plan', '--manifest', path], { ...box.env, X: 'x-value', Y: 'y-value' })
    expect(plan.killed, 'plan hung').toBe(false)
    expect(plan.out).toContain('key-pattern')
    expect(plan.code).toBe(1)
  })

  it('ordinary patterns keep their meaning (search, not full match, like RegExp.test)', () => {
    const findings = (pattern: string, key: string) =>
      lintText(
        `version: 1\nprovider:\n  type: infisical\n  projectId: p\nenvironments: [dev]\nrules:\n  key:\n    pattern: '${pattern}'\nsecrets:\n  - key: ${key}\n    value: { env: X }\n`,
        'secrets.yaml',
        PROVIDER_CATALOG,
      ).filter((d) => d.ruleId === 'key-pattern')
    expect(findings('^[A-Z][A-Z0-9_]*$', 'GOOD_KEY')).toEqual([])
    expect(findings('^[A-Z][A-Z0-9_]*$', 'bad_key')).toHaveLength(1)
    expect(findings('_URL', 'DATABASE_URL')).toEqual([])
    expect(findings('(?i)^app_', 'APP_X')).toEqual([])
  })

  it('a pattern the linear-time engine cannot run (lookaround, backreference) is a clear finding', () => {
    const diags = lintText(
      "version: 1\nprovider:\n  type: infisical\n  projectId: p\nenvironments: [dev]\nrules:\n  key:\n    pattern: '^(?!TMP_)[A-Z_]+$'\nsecrets:\n  - key: A_B\n    value: { env: X }\n",
      'secrets.yaml',
      PROVIDER_CATALOG,
    ).filter((d) => d.ruleId === 'key-pattern')
    expect(diags).toHaveLength(1)
    expect(diags[0]!.message).toMatch(/rules\.key\.pattern cannot be used: .*lookaround/)
    expect(diags[0]!.line).toBe(8)
  })
})
