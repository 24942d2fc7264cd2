import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect } from 'vitest'
import { parse } from 'yaml'
import type { FakeGitHub } from '../fakes/github-server.js'

/** The committed bundle, run as the runner runs `runs.using: node24` + `main:`. */
export const ACTION = resolve(import.meta.dirname, '../../dist/action/index.js')

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  /** Parsed from GITHUB_OUTPUT (the toolkit's heredoc format). */
  outputs: Record<string, string>
  summary: string
  /** Workflow commands (`::name props::message`) from stdout. */
  commands: { name: string; props: Record<string, string>; message: string }[]
}

export interface RunOptions {
  workdir: string
  inputs: Record<string, string>
  event: { name: string; payload: unknown }
  github: FakeGitHub
  sha?: string
  /** Extra variables, e.g. the manifest's `env:` value sources or the OIDC request variables. */
  env?: Record<string, string>
}

export function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sm-action-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  mkdirSync(join(dir, '.runner'), { recursive: true })
  return dir
}

/**
 * Runs the bundle in a child process with the environment a GitHub-hosted runner gives a JavaScript
 * action, and nothing from this process: a test must not pass because of a variable it did not set.
 */
export async function runAction(opts: RunOptions): Promise<ActionRun> {
  expect(existsSync(ACTION), 'dist/action/index.js is missing: run `npm run build`').toBe(true)
  expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24)
  const temp = mkdtempSync(join(opts.workdir, '.runner', 'run-'))
  const files = {
    output: join(temp, 'output'),
    summary: join(temp, 'summary.md'),
    event: join(temp, 'event.json'),
  }
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  writeFileSync(files.event, JSON.stringify(opts.event.payload))
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: opts.workdir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: opts.workdir,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_EVENT_NAME: opts.event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_SHA: opts.sha ?? 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: opts.github.url,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    ...Object.fromEntries(
      Object.entries({ ...actionDefaults(), ...opts.inputs }).map(([k, v]) => [
        `INPUT_${k.toUpperCase()}`,
        v,
      ]),
    ),
    ...opts.env,
  }
  const child = spawn(process.execPath, [ACTION], {
    cwd: opts.workdir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  // Async on purpose: the fake servers live in this process and must keep answering while the child runs.
  const code = await new Promise<number | null>((done) => child.on('close', done))
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    commands: parseCommands(stdout),
  }
}

/** The runner passes every input with a default, so action.yml's defaults are part of what is tested. */
function actionDefaults(): Record<string, string> {
  const spec = parse(readFileSync(resolve(import.meta.dirname, '../../action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  return Object.fromEntries(
    Object.entries(spec.inputs)
      // Expressions such as ${{ github.token }} are the runner's to evaluate; tests pass them explicitly.
      .filter(([, i]) => i.default !== undefined && !String(i.default).includes('${{'))
      .map(([name, i]) => [name, String(i.default)]),
  )
}

/** `name<<ghadelimiter_<uuid>` NL value NL delimiter, as @actions/core writes it (file-command.ts). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i]!.match(/^([^<]+)<<(ghadelimiter_[0-9a-f-]+)$/)
    if (!m) continue
    const end = lines.indexOf(m[2]!, i + 1)
    out[m[1]!] = lines.slice(i + 1, end).join('\n')
    i = end
  }
  return out
}

function parseCommands(stdout: string): ActionRun['commands'] {
  const out: ActionRun['commands'] = []
  for (const line of stdout.split('\n')) {
    const m = line.match(/^::([a-z-]+)(?: ([^:]*))?::(.*)$/)
    if (!m) continue
    const props = Object.fromEntries(
      (m[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((kv) => [kv.slice(0, kv.indexOf('=')), unescapeProperty(kv.slice(kv.indexOf('=') + 1))]),
    )
    out.push({ name: m[1]!, props, message: unescapeData(m[3]!) })
  }
  return out
}

/** Reverses @actions/core's escapeData. */
function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(s: string): string {
  return unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','))
}

/**
 * Asserts that no secret escaped: not in stdout (outside the `::add-mask::` commands that tell the runner
 * what to mask), not in stderr, the summary, the outputs, the plan file, or any request sent to GitHub.
 */
export function expectNoLeak(run: ActionRun, github: FakeGitHub, secrets: string[]): void {
  const planFile =
    run.outputs.plan && existsSync(run.outputs.plan) ? readFileSync(run.outputs.plan, 'utf8') : ''
  const channels: Record<string, string> = {
    stdout: run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n'),
    stderr: run.stderr,
    summary: run.summary,
    outputs: JSON.stringify(run.outputs),
    planFile,
    github: github.calls.map((c) => `${c.method} ${c.path} ${JSON.stringify(c.query)} ${c.raw}`).join('\n'),
  }
  for (const secret of secrets) {
    for (const form of [secret, ...secret.split('\n').filter((l) => l.length >= 8)]) {
      for (const [name, text] of Object.entries(channels)) {
        expect(text.includes(form), `a secret leaked into ${name}`).toBe(false)
      }
    }
  }
}

/** Every secret, and each line of a multi-line one, was announced to the runner before it could print. */
export function expectMasked(run: ActionRun, secrets: string[]): void {
  const masks = new Set(run.commands.filter((c) => c.name === 'add-mask').map((c) => c.message))
  for (const secret of secrets) {
    expect(masks.has(secret), 'missing ::add-mask:: for a secret').toBe(true)
    for (const line of secret.split('\n').filter((l) => l.trim().length >= 4)) {
      expect(masks.has(line.trim()), 'missing ::add-mask:: for a line of a multi-line secret').toBe(true)
    }
  }
}

export function prPayload(opts: { number: number; headRepo?: string; visibility?: 'public' | 'private' }) {
  const repo = {
    full_name: 'acme/app',
    name: 'app',
    owner: { login: 'acme' },
    private: opts.visibility === 'private',
    visibility: opts.visibility ?? 'private',
  }
  const head = opts.headRepo ?? 'acme/app'
  return {
    action: 'synchronize',
    number: opts.number,
    pull_request: {
      number: opts.number,
      state: 'open',
      title: 'Add database secrets',
      user: { login: 'dev' },
      head: {
        ref: 'feature/db',
        sha: 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed',
        repo: {
          full_name: head,
          name: head.split('/')[1],
          owner: { login: head.split('/')[0] },
          fork: head !== 'acme/app',
        },
      },
      base: { ref: 'main', sha: '0123456789abcdef0123456789abcdef01234567', repo },
    },
    repository: repo,
    sender: { login: 'dev' },
  }
}

export function pushPayload(sha: string) {
  return {
    ref: 'refs/heads/main',
    before: '0123456789abcdef0123456789abcdef01234567',
    after: sha,
    repository: {
      full_name: 'acme/app',
      name: 'app',
      owner: { login: 'acme' },
      private: true,
      visibility: 'private',
    },
    head_commit: { id: sha, message: 'Merge pull request #12 from acme/feature/db' },
    pusher: { name: 'dev' },
    sender: { login: 'dev' },
  }
}
