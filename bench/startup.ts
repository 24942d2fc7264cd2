import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { CLIENT_ID, CLIENT_SECRET, folderNames, manifestYaml, tempDir, writeManifest } from './fixtures.js'

/** The repository root: the harness bundle lives in .cache/bench/. */
export const ROOT = resolve(dirname(process.argv[1]!), '../..')
/** Copies of hooks/, dist/hook and dist/action that bench/run.mjs takes before the run. */
export const HOOK = join(ROOT, '.cache/bench-dist/hooks/secrets-manifest-hook.js')
export const ACTION = join(ROOT, '.cache/bench-dist/dist/action/index.js')
/** bench/libraries.ts bundled: the action's libraries without our code. */
export const LIBRARIES = join(ROOT, '.cache/bench-libraries/index.js')

export interface Command {
  name: string
  /** The node binary; this process's own (Node 24) unless given. */
  node?: string
  args: string[]
  env?: Record<string, string>
  cwd?: string
}

export interface StartupMedians {
  runs: number
  medianMs: Record<string, number>
  samplesMs: Record<string, number[]>
}

/**
 * Runs each command `runs` times, interleaved and in a rotating order, so that a slow moment of the
 * machine hits every command alike; bare `node -e 0` is measured in the same loop as the baseline.
 * The timing happens in bench/spawn-timer.mjs, a small parent process.
 */
export function measureStartups(commands: Command[], runs: number): StartupMedians {
  const input = join(tempDir(), 'startups.json')
  const plain = { PATH: process.env.PATH ?? '' }
  writeFileSync(
    input,
    JSON.stringify({
      runs,
      commands: commands.map((c) => ({
        name: c.name,
        node: c.node ?? process.execPath,
        args: c.args,
        // Only what each command names: no NODE_EXTRA_CA_CERTS (a CA bundle parsed at every start).
        env: c.env ?? plain,
        cwd: c.cwd ?? ROOT,
      })),
    }),
  )
  const p = spawnSync(process.execPath, [join(ROOT, 'bench/spawn-timer.mjs'), input], {
    env: plain,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (p.status !== 0) throw new Error(`bench: start-up timer failed:\n${p.stderr.slice(-1600)}`)
  const samples = JSON.parse(p.stdout) as Record<string, number[]>
  const medianMs = Object.fromEntries(Object.entries(samples).map(([n, s]) => [n, median(s)]))
  return { runs, medianMs, samplesMs: samples }
}

/** A Node 20 on PATH (pre-commit's `language: node` may run the hook on it), if this machine has one. */
export function findNode20(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const bin = join(dir, 'node')
    if (!dir || !existsSync(bin)) continue
    const v = spawnSync(bin, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim()
    if (v.startsWith('20.')) return bin
  }
  return undefined
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/** Where the hook keeps its code cache during the bench: one folder for the whole run, not ~/.cache. */
let hookCacheHome: string | undefined

/**
 * The hook as pre-commit runs it (its bin) on a manifest of `keys` keys: 4 folders, 3 environments, no
 * findings. The bin keeps V8's code cache of the bundle after a run, so every run after the first (as
 * every commit after the first) starts from it; `firstRun` turns the cache off, to show a cold start.
 */
export function hookCommand(
  name: string,
  keys: number,
  opts: { firstRun?: boolean; node?: string } = {},
): Command {
  const folders = keys >= 400 ? 4 : 1
  const path = writeManifest(
    manifestYaml({
      environments: ['dev', 'staging', 'prod'],
      folders: folderNames(folders),
      keysPerFolder: keys / folders,
    }),
  )
  hookCacheHome ??= tempDir()
  const env = {
    PATH: process.env.PATH ?? '',
    XDG_CACHE_HOME: hookCacheHome,
    ...(opts.firstRun ? { SECRETS_MANIFEST_HOOK_CODE_CACHE: '0' } : {}),
  }
  return { name, args: [HOOK, 'lint', path], env, ...(opts.node ? { node: opts.node } : {}) }
}

/**
 * The action bundle as the runner starts it (`runs.using: node24`): inputs as INPUT_* variables, the
 * runner's files, a push event (no pull request, so no comment), a five-key plan against `siteUrl`.
 */
export function actionCommand(name: string, siteUrl: string): Command {
  const workdir = tempDir()
  writeFileSync(
    join(workdir, 'secrets.yaml'),
    manifestYaml({ environments: ['dev'], folders: ['/app'], keysPerFolder: 5 }),
  )
  const temp = join(workdir, '.runner')
  mkdirSync(temp)
  for (const f of ['output', 'summary.md']) writeFileSync(join(temp, f), '')
  writeFileSync(join(temp, 'event.json'), JSON.stringify({ ref: 'refs/heads/main', after: 'a1b2c3d4' }))
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: workdir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workdir,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: join(temp, 'event.json'),
    GITHUB_SHA: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary.md'),
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    INPUT_MANIFEST: 'secrets.yaml',
    INPUT_MODE: 'plan',
    INPUT_METHOD: 'universal',
    'INPUT_CLIENT-ID': CLIENT_ID,
    'INPUT_CLIENT-SECRET': CLIENT_SECRET,
    'INPUT_SITE-URL': siteUrl,
    INPUT_COMMENT: 'false',
    'INPUT_ALLOW-DELETE': 'false',
    'INPUT_FAIL-ON-DRIFT': 'false',
  }
  return { name, args: [ACTION], env, cwd: workdir }
}

export const bundlesPresent = (): { hook: boolean; action: boolean; libraries: boolean } => ({
  hook: existsSync(HOOK),
  action: existsSync(ACTION),
  libraries: existsSync(LIBRARIES),
})
