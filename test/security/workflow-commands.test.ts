import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { inertCommands } from '../../src/action/log.js'
import { printable } from '../../src/core/render/printable.js'
import { type Env, startEnv } from '../action/fixtures.js'
import { type ActionRun, prPayload, runAction } from '../action/harness.js'

// The runner reads every stdout line that starts with `::` (or the older `##[`) as a command. Text that did
// not come from us (key names from the server, server error text) must never start such a line, or a
// remote could raise annotations, stop command processing or set outputs.
const INJECTION = [
  '::error title=pwned::injected-error',
  '::stop-commands::resume-token',
  '::set-output name=has-changes::false',
  '::add-mask::LOG_LEVEL',
  '##[error]injected-legacy',
  '  ::warning::injected-indented',
].join('\n')

/** Commands this action issues itself; anything else at the start of a line is an injection. */
const OURS = /^::(add-mask|group|endgroup|notice|warning|error|debug)( [^:]*)?::/

function expectInert(run: ActionRun): void {
  for (const line of run.stdout.split('\n')) {
    const start = line.trimStart()
    if (!start.startsWith('::') && !start.startsWith('##[')) continue
    expect(line, `an injected command line: ${JSON.stringify(line)}`).toMatch(OURS)
  }
  for (const c of run.commands) {
    expect(`${c.message} ${JSON.stringify(c.props)}`).not.toMatch(/injected|pwned|resume-token/)
    if (c.name === 'add-mask') expect(c.message).not.toBe('LOG_LEVEL')
  }
  expect(run.commands.map((c) => c.name)).not.toContain('stop-commands')
  expect(run.outputs['has-changes']).toBe('true')
  expect(() => JSON.parse(run.outputs.summary!)).not.toThrow()
  expect(() => JSON.parse(readFileSync(run.outputs.plan!, 'utf8'))).not.toThrow()
}

let env: Env | undefined
afterEach(() => env?.close())

const act = (mode: 'plan' | 'apply') =>
  runAction({
    workdir: env!.workdir,
    inputs: { ...env!.inputs, mode },
    event: { name: 'pull_request', payload: prPayload({ number: 7 }) },
    github: env!.github,
    env: env!.values,
  })

describe('no workflow-command injection from the remote side', () => {
  it('a key on a 2024 server holding newlines and commands prints as inert text', async () => {
    env = await startEnv({ legacy: true })
    env.infisical.state.addSecret(env.projectId, 'prod', '/', { key: `EVIL\n${INJECTION}`, value: 'x' })
    const run = await act('plan')
    expect(run.code).toBe(0)
    // The key is still shown, on one line, with its newlines visible.
    expect(run.stdout).toMatch(/EVIL\\n::error title=pwned::injected-error\\n/)
    expectInert(run)
  })

  it('server error text quoting commands prints as inert text, in the log and the failure', async () => {
    env = await startEnv()
    env.infisical.faults.add({
      method: 'POST',
      path: '/api/v4/secrets/batch',
      kind: 'status',
      status: 400,
      message: `rejected\n${INJECTION}`,
      times: 10,
    })
    const run = await act('apply')
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('rejected')
    expectInert(run)
  })
})

describe('the two guards on their own', () => {
  it('printable keeps untrusted text on one line, control characters visible', () => {
    expect(printable('A\n::error::x\r\u001b[31m\u2028B')).toBe('A\\n::error::x\\r\\u001b[31m\\u2028B')
  })

  it('inertCommands breaks every command prefix at the start of a line, and only there', () => {
    const out = inertCommands(`fine :: text\n${INJECTION}`)
    for (const line of out.split('\n')) expect(line.trimStart()).not.toMatch(/^(::|##\[)/)
    expect(out.startsWith('fine :: text\n')).toBe(true)
    expect(out.replace(/\u200b/g, '')).toBe(`fine :: text\n${INJECTION}`)
  })
})
