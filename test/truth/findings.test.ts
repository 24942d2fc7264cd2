import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runNode, type Sandbox, startSandbox, writeManifest } from '../support/sandbox.js'

const ROOT = new URL('../..', import.meta.url).pathname
const CLI = `${ROOT}dist/cli/index.js`
const HOOK = `${ROOT}hooks/secrets-manifest-hook.js`

let box: Sandbox
beforeAll(async () => {
  box = await startSandbox()
})
afterAll(() => box.close())

/** Every entry that reads a manifest: lint, plan (which must send nothing) and the pre-commit hook. */
async function everyEntry(path: string) {
  const before = box.server.requests.length
  const lint = await runNode(CLI, ['lint', path], { env: box.env })
  const plan = await runNode(CLI, ['plan', '--manifest', path], { env: box.env })
  const hook = await runNode(HOOK, ['lint', path], { env: box.env })
  expect(box.server.requests.length).toBe(before)
  return { lint: lint.stdout, plan: plan.stderr, hook: hook.stdout, codes: [lint.code, plan.code, hook.code] }
}

describe('findings at their own position, all at once', () => {
  it('puts a YAML syntax error at its own line and column in lint, plan and the hook', async () => {
    // Lines 1-4 are the header writeManifest adds; the flow map on line 8 closes with ']' at column 25.
    const path = writeManifest('environments: [dev]\nsecrets:\n  - key: A\n    value: { literal: x ]\n')
    const out = await everyEntry(path)
    expect(out.codes).toEqual([1, 1, 1])
    for (const text of [out.lint, out.plan, out.hook]) {
      expect(text).toMatch(new RegExp(`${path}:8:25: yaml-syntax: `))
      expect(text).not.toContain(`${path}:1:1:`)
    }
  })

  it('reports a wrong type, a duplicate key and an unknown environment together, each at its line', async () => {
    const path = writeManifest(
      [
        'environments: [dev]',
        'secrets:',
        '  - key: WRONG_TYPE', // line 7
        '    tags: 5', // line 8
        '  - key: TWICE', // line 9
        '    value: { literal: a }',
        '  - key: TWICE', // line 11
        '    value: { literal: b }',
        '  - key: ELSEWHERE', // line 13
        '    environments: [qa]', // line 14
        '    value: { literal: c }',
        '',
      ].join('\n'),
    )
    const out = await everyEntry(path)
    expect(out.codes).toEqual([1, 1, 1])
    for (const text of [out.lint, out.plan, out.hook]) {
      expect(text).toContain(`${path}:8:11: manifest-schema: secrets.0.tags:`)
      expect(text).toContain(
        `${path}:11:10: duplicate-key: 'TWICE' is declared twice for dev:/ (first on line 9)`,
      )
      expect(text).toContain(`${path}:14:20: unknown-environment: environment 'qa' is not in environments`)
    }
  })

  it('still runs the naming rules on the items that parsed', async () => {
    const path = writeManifest(
      'environments: [dev]\nsecrets:\n  - key: A\n    tags: 5\n  - key: lower-case\n',
    )
    const out = await everyEntry(path)
    for (const text of [out.lint, out.hook]) expect(text).toContain(`${path}:9:10: upper-case-key:`)
  })
})
