import { spawn } from 'node:child_process'
import { createServer, type Server } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeInternalError } from '../../src/cli/internal-error.js'
import { runNode, type Sandbox, startSandbox, writeManifest } from '../support/sandbox.js'

// The command line as a user meets it, through the committed bundle.
const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname
const cli = (...args: string[]) => runNode(CLI, args)
/** One line on stderr, no stack frame, no node error name. */
const oneLine = (stderr: string) => {
  expect(stderr.trim().split('\n')).toHaveLength(1)
  expect(stderr).not.toMatch(/\n\s+at |internal error|TypeError|ERR_/)
}

let box: Sandbox
beforeAll(async () => {
  box = await startSandbox()
})
afterAll(() => box.close())

describe('the command line', () => {
  it('--version prints the package version', async () => {
    const r = await cli('--version')
    expect(r).toMatchObject({ code: 0, stdout: '0.1.0\n', stderr: '' })
  })

  it("each command's --help lists that command's flags and an example", async () => {
    const plan = await cli('plan', '--help')
    const sandbox = await cli('help', 'sandbox')
    expect(plan.code).toBe(0)
    expect(plan.stdout).toMatch(/^Usage: secrets-manifest plan \[MANIFEST\.\.\. \| GLOB\]/)
    expect(plan.stdout).toContain('--fail-on-drift')
    expect(plan.stdout).not.toContain('--port')
    expect(plan.stdout).toMatch(/Examples:\n {2}secrets-manifest plan/)
    expect(sandbox.stdout).toMatch(/^Usage: secrets-manifest sandbox/)
    expect(sandbox.stdout).toContain('--port N')
    expect(sandbox.stdout).not.toContain('--fail-on-drift')
  })

  it("each command's --help says what its flags mean for it, and its own exit codes", async () => {
    const imp = (await cli('import', '--help')).stdout
    expect(imp).toMatch(
      /--manifest PATH +read the project and server from this manifest instead of --provider/,
    )
    expect(imp).toMatch(/--out FILE +write the manifest to FILE \(default: standard output\)/)
    expect(imp).toContain('Exit codes: 0 manifest written, 1 the server could not be used, 2 usage error.')
    expect(imp).not.toMatch(/apply would|--fail-on-drift|plan:/)
    const plan = (await cli('plan', '--help')).stdout
    expect(plan).toMatch(/--manifest PATH +the manifest \(default: secrets\.yaml\)/)
    expect(plan).toMatch(/--out FILE +also save the plan \(no values\)/)
    expect(plan).toMatch(
      /Exit codes: 0 apply would succeed.*3 drift, 4 values not checked, 5 server unreachable\./,
    )
    const diff = (await cli('diff', '--help')).stdout
    expect(diff).toContain('Exit codes: 0 the environments hold the same keys and values, 1 they differ')
  })

  it('suggests the command or flag that was meant', async () => {
    const command = await cli('plna')
    expect(command.code).toBe(2)
    expect(command.stderr).toBe("secrets-manifest: unknown command 'plna'; did you mean 'plan'?\n")
    const flag = await cli('apply', '--alow-delete')
    expect(flag.code).toBe(2)
    expect(flag.stderr).toContain("unknown option '--alow-delete'; did you mean '--allow-delete'?")
    const other = await cli('lint', '--port', '1')
    expect(other.code).toBe(2)
    expect(other.stderr).toContain("'lint' does not take --port")
    const missing = await cli('plan', '--manifest')
    expect(missing.stderr).toContain('--manifest needs a value')
  })

  it('takes the manifest as the first argument', async () => {
    const path = writeManifest(
      'environments: [dev]\nsecrets:\n  - key: LOG_LEVEL\n    value: { literal: info }\n',
    )
    const r = await runNode(CLI, ['plan', path], { env: box.env })
    expect(r.stderr).not.toContain('cannot read')
    expect(r.stdout).toMatch(/\+ create\s+dev:\/\s+LOG_LEVEL/)
    expect(r.code).toBe(0)
    const both = await runNode(CLI, ['plan', path, '--manifest', 'other.yaml'], { env: box.env })
    expect(both.code).toBe(2)
    expect(both.stderr).toContain('two manifests given')
  })
})

describe('what used to be "unexpected internal error"', () => {
  it('INFISICAL_SITE_URL without a scheme', async () => {
    const path = writeManifest('environments: [dev]\nsecrets:\n  - key: A\n')
    const r = await runNode(CLI, ['plan', path], {
      env: { ...box.env, INFISICAL_SITE_URL: box.server.url.replace('http://', '') },
    })
    expect(r.code).toBe(1)
    oneLine(r.stderr)
    expect(r.stderr).toContain(
      `INFISICAL_SITE_URL '${box.server.url.replace('http://', '')}' is not an http(s) URL`,
    )
  })

  it('the sandbox port in use', async () => {
    const taken: Server = createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    const port = (taken.address() as { port: number }).port
    try {
      const child = spawn(process.execPath, [CLI, 'sandbox', '--port', String(port)], {
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let stderr = ''
      child.stderr.on('data', (d) => (stderr += d))
      const code = await new Promise((resolve) => child.on('close', resolve))
      expect(code).toBe(1)
      oneLine(stderr)
      expect(stderr).toContain(
        `port ${port} is in use; pass --port N for another, or --port 0 for a free one`,
      )
    } finally {
      taken.close()
    }
  })

  it('--debug shows the cause chain and stack; without it, one line that says how to see them', () => {
    const error = new Error('outer', { cause: new TypeError('inner cause') })
    const plain = describeInternalError(error, false)
    expect(plain.split('\n')).toHaveLength(1)
    expect(plain).toContain('--debug or SECRETS_MANIFEST_DEBUG=1')
    const debug = describeInternalError(error, true)
    expect(debug).toContain('Error: outer')
    expect(debug).toContain('caused by: TypeError: inner cause')
    expect(debug).toMatch(/\n\s+at /)
  })
})
