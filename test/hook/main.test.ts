import { describe, expect, it } from 'vitest'
import { runHook } from '../../src/hook/main.js'

const GOOD =
  'version: 1\nprovider:\n  type: infisical\n  projectId: p1\nenvironments: [dev]\nsecrets:\n  - key: LOG_LEVEL\n    value: { literal: info }\n'
const BAD =
  'version: 1\nprovider:\n  type: infisical\n  projectId: p1\nenvironments: [dev]\nsecrets:\n  - key: log-level\n'

async function run(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = []
  const err: string[] = []
  const code = await runHook(argv, {
    readFile: (path) => {
      if (!(path in files)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
      return files[path]!
    },
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('runHook', () => {
  it('exits 0 with a one-line summary on stderr when every file is clean', async () => {
    const r = await run(['lint', 'secrets.yaml', 'b/secrets.yml'], {
      'secrets.yaml': GOOD,
      'b/secrets.yml': GOOD,
    })
    expect(r).toEqual({ code: 0, out: '', err: 'secrets-manifest-hook: 2 files checked, no findings' })
  })

  it('prints one line per finding on stdout and exits 1 on errors', async () => {
    const r = await run(['lint', 'secrets.yaml', 'ok/secrets.yaml'], {
      'secrets.yaml': BAD,
      'ok/secrets.yaml': GOOD,
    })
    expect(r.code).toBe(1)
    expect(r.out.split('\n')).toEqual([
      "secrets.yaml:7:10: env-var-name: key 'log-level' contains '-', so it is not a valid environment-variable name (rename it, e.g. to 'log_level')",
      "secrets.yaml:7:10: upper-case-key: key 'log-level' is not upper case (rename it to 'LOG_LEVEL')",
    ])
    expect(r.err).toBe('secrets-manifest-hook: 2 errors in 2 files')
  })

  it('checks dotenv keys', async () => {
    const r = await run(['dotenv-keys', '.env.example'], { '.env.example': 'A=1\nb=2\n' })
    expect(r.code).toBe(1)
    expect(r.out).toBe(".env.example:2:1: upper-case-key: key 'b' is not upper case (rename it to 'B')")
    const off = await run(['dotenv-keys', '--off=upper-case-key', '.env.example'], {
      '.env.example': 'A=1\nb=2\n',
    })
    expect(off.code).toBe(0)
  })

  it.each([
    [[], 'no command'],
    [['check', 'x'], "unknown command 'check'"],
    [['lint'], 'no files given'],
    [['lint', '--verbose', 'x'], "unknown option '--verbose'"],
    [['lint', '--off=upper-case-key', 'x'], '--off applies to dotenv-keys'],
    [['dotenv-keys', '--off=nope', 'x'], "--off: 'nope' is not a rule"],
    [
      ['dotenv-keys', '--off=literal-looks-secret', 'x'],
      "--off: 'literal-looks-secret' cannot be switched off",
    ],
  ])('usage error %j exits 2', async (argv, message) => {
    const r = await run(argv as string[])
    expect(r.code).toBe(2)
    expect(r.err).toContain(message)
    expect(r.err).toContain('usage: secrets-manifest-hook')
  })

  it('reports an unreadable file in one line, still checks the others, and exits 2', async () => {
    const r = await run(['lint', 'missing.yaml', 'secrets.yaml'], { 'secrets.yaml': BAD })
    expect(r.code).toBe(2)
    expect(r.err).toContain('secrets-manifest-hook: cannot read missing.yaml (ENOENT)')
    expect(r.out).toContain('secrets.yaml:7:10: env-var-name')
  })
})
