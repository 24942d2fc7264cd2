import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// End to end through the real `pre-commit` (Debian's package) and the real `prek` (npm's @j178/prek, a
// devDependency), each on its own home directory: a throwaway hook repository holding what
// this repository commits for the hook (package.json, the lock file, .pre-commit-hooks.yaml, hooks/,
// dist/hook/), and a consumer repository whose .pre-commit-config.yaml points at it by commit sha. The
// working tree is copied rather than cloned so that uncommitted hook changes are what gets tested.
const ROOT = new URL('../..', import.meta.url).pathname
const HOOK_FILES = ['package.json', 'package-lock.json', '.pre-commit-hooks.yaml', 'hooks', 'dist/hook']
const SECRET = ['sk', '_live_', '51H8xYzAbCdEfGhIjKlMnOpQr'].join('')

const PREK = join(ROOT, 'node_modules/.bin/prek')
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0
if (!hasPreCommit && process.env.CI)
  throw new Error('pre-commit is required in CI (.ci/run installs it with apt-get)')
if (!hasPreCommit)
  console.warn(
    'skipping the pre-commit end-to-end test: `pre-commit` is not installed (apt-get install pre-commit)',
  )
const TOOLS = [
  { tool: 'pre-commit', bin: 'pre-commit', available: hasPreCommit },
  { tool: 'prek', bin: PREK, available: spawnSync(PREK, ['--version']).status === 0 },
]

const GOOD =
  'version: 1\nprovider:\n  type: infisical\n  projectId: p1\nenvironments: [dev]\nsecrets:\n  - key: LOG_LEVEL\n    value: { literal: info }\n'
const BAD = `version: 1\nprovider:\n  type: infisical\n  projectId: p1\nenvironments: [dev]\nsecrets:\n  - key: STRIPE_KEY\n    value: { literal: ${SECRET} }\n  - key: db-url\n`

describe.each(TOOLS)('$tool end to end', ({ tool, bin, available }) => {
  if (!available) return it.skip(`${tool} is not installed`)
  const tmp = mkdtempSync(join(tmpdir(), `sm-${tool}-`))
  const hookRepo = join(tmp, 'hook-repo')
  const repo = join(tmp, 'consumer')
  // The machine's own node, as a developer's pre-commit would use, rather than the Node 24 running the tests.
  const machinePath = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((p) => p !== dirname(process.execPath))
    .join(delimiter)
  const hasMachineNode =
    spawnSync('node', ['--version'], { env: { ...process.env, PATH: machinePath } }).status === 0
  const env = {
    ...process.env,
    PATH: hasMachineNode ? machinePath : (process.env.PATH ?? ''),
    PRE_COMMIT_HOME: join(tmp, 'pre-commit-home'),
    PREK_HOME: join(tmp, 'prek-home'),
    GIT_AUTHOR_NAME: 'test',
    GIT_AUTHOR_EMAIL: 'test@example.invalid',
    GIT_COMMITTER_NAME: 'test',
    GIT_COMMITTER_EMAIL: 'test@example.invalid',
    GIT_CONFIG_NOSYSTEM: '1',
    NO_COLOR: '1',
  }
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim()
  const preCommit = (...args: string[]) => {
    const r = spawnSync(bin, [...args, '--color=never'], { cwd: repo, env, encoding: 'utf8' })
    // prek indents the hook's own output by two spaces; pre-commit does not.
    return { status: r.status, output: `${r.stdout}${r.stderr}`.replace(/^ {2}/gm, '') }
  }
  const write = (name: string, text: string) => {
    mkdirSync(dirname(join(repo, name)), { recursive: true })
    writeFileSync(join(repo, name), text)
    git(repo, 'add', name)
  }

  beforeAll(() => {
    mkdirSync(hookRepo)
    for (const f of HOOK_FILES) cpSync(join(ROOT, f), join(hookRepo, f), { recursive: true })
    git(hookRepo, 'init', '-q')
    git(hookRepo, 'add', '-A')
    git(hookRepo, 'commit', '-q', '-m', 'hook')
    const rev = git(hookRepo, 'rev-parse', 'HEAD')

    mkdirSync(repo)
    git(repo, 'init', '-q')
    write(
      '.pre-commit-config.yaml',
      `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: secrets-manifest-lint\n      - id: secrets-manifest-dotenv-keys\n`,
    )
    const install = preCommit('install-hooks')
    expect(install.status, install.output).toBe(0)
  }, 600_000)

  afterAll(() => rmSync(tmp, { recursive: true, force: true }))

  it('installs with no npm install: no node_modules or node environment in its home', () => {
    const home = tool === 'prek' ? env.PREK_HOME : env.PRE_COMMIT_HOME
    const installed = readdirSync(home, { recursive: true }).map(String)
    expect(installed.filter((p) => /(^|\/)(node_modules|node_env-[^/]*)$/.test(p))).toEqual([])
  })

  it('passes a good manifest', () => {
    write('secrets.yaml', GOOD)
    const r = preCommit('run', '--files', 'secrets.yaml')
    expect(r.output).toMatch(/secrets-manifest lint\.+Passed/)
    expect(r.status).toBe(0)
  })

  it('fails a bad manifest with file:line:col lines and never shows the value', () => {
    write('services/api/secrets.yml', BAD)
    const r = preCommit('run', '--files', 'services/api/secrets.yml')
    expect(r.status).toBe(1)
    expect(r.output).toMatch(/secrets-manifest lint\.+Failed/)
    const lines = r.output.split('\n').filter((l) => l.startsWith('services/api/secrets.yml:'))
    expect(lines.map((l) => l.split(': ').slice(0, 2).join(': '))).toEqual([
      'services/api/secrets.yml:8:23: literal-looks-secret',
      'services/api/secrets.yml:9:10: env-var-name',
      'services/api/secrets.yml:9:10: upper-case-key',
    ])
    expect(r.output).not.toContain(SECRET.slice(8))
  })

  it('--files checks exactly the files given', () => {
    write('secrets.yaml', GOOD)
    write('services/api/secrets.yml', BAD)
    expect(preCommit('run', '--files', 'secrets.yaml').status).toBe(0)
    const both = preCommit('run', '--files', 'secrets.yaml', 'services/api/secrets.yml')
    expect(both.status).toBe(1)
    expect(both.output).not.toMatch(/^secrets\.yaml:/m)
  })

  it('checks .env.example keys and blocks a staged commit', () => {
    write('.env.example', `STRIPE_KEY=${SECRET}\nlog_level=info\n`)
    const r = preCommit('run')
    expect(r.status).toBe(1)
    expect(r.output).toMatch(/secrets-manifest dotenv keys\.+Failed/)
    expect(r.output).toContain('.env.example:1:12: literal-looks-secret')
    expect(r.output).toContain('.env.example:2:1: upper-case-key')
    expect(r.output).not.toContain(SECRET.slice(8))
    expect(preCommit('install').status).toBe(0)
    const commit = spawnSync('git', ['commit', '-q', '-m', 'add example'], {
      cwd: repo,
      env,
      encoding: 'utf8',
    })
    expect(commit.status).not.toBe(0)
    expect(`${commit.stdout}${commit.stderr}`).toContain('.env.example:2:1: upper-case-key')
  })

  it('ignores files that are not manifests or dotenv examples', () => {
    write('config/settings.yaml', 'key: lower-case\n')
    const r = preCommit('run', '--files', 'config/settings.yaml')
    expect(r.status).toBe(0)
    expect(r.output).toMatch(/secrets-manifest lint\.+\(no files to check\)Skipped/)
  })
})
