import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { markerFor } from '../../src/github/sticky-comment.js'
import { ALL_SENTINELS, type Env, SENTINEL, startEnv, writesTo } from './fixtures.js'
import { expectMasked, expectNoLeak, prPayload, runAction } from './harness.js'

let env: Env
beforeEach(async () => {
  env = await startEnv()
})
afterEach(() => env.close())

const pr = (number = 7, headRepo?: string) => ({
  name: 'pull_request',
  payload: prPayload({ number, headRepo }),
})
const plan = (extra: Record<string, string> = {}, event: { name: string; payload: unknown } = pr()) =>
  runAction({
    workdir: env.workdir,
    inputs: { ...env.inputs, mode: 'plan', ...extra },
    event,
    github: env.github,
    env: env.values,
  })
const marker = markerFor('secrets.yaml')
const notices = (run: Awaited<ReturnType<typeof runAction>>) =>
  run.commands.filter((c) => c.name === 'notice').map((c) => c.message)
const warnings = (run: Awaited<ReturnType<typeof runAction>>) =>
  run.commands.filter((c) => c.name === 'warning').map((c) => c.message)

describe('mode: plan on a pull request', () => {
  it('posts one comment, then edits it on the next run; sets outputs; masks and leaks nothing', async () => {
    const first = await plan()
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)

    // The comment: marker first, the table of writes, never a value.
    const posted = env.github.calls.filter((c) => c.method === 'POST')
    expect(posted.map((c) => c.path)).toEqual(['/repos/acme/app/issues/7/comments'])
    const body = (posted[0]!.body as { body: string }).body
    // The marker, then the plan's digest (hidden) for require-reviewed-plan, then the plan.
    expect(body.startsWith(`${marker}\n<!-- secrets-manifest-plan-digest: sha256:`)).toBe(true)
    expect(body).toMatch(
      /^<!-- secrets-manifest-plan-digest: sha256:[0-9a-f]{64} -->\n### 🔐 secrets-manifest plan/m,
    )
    // The comment is the key × environment matrix, writes first; the summary keeps every item.
    expect(body).toContain('| Key | Path | `dev` | `prod` |')
    expect(body).toContain('| `DATABASE_URL` | `/` | ✓ | ➕ |\n| `TLS_KEY` | `/` | — | ➕ |')
    expect(body).toContain('| `LOG_LEVEL` | `/` | ✏️ | ✓ |\n| `LEGACY_API_KEY` | `/` | — | 👀 |')
    expect(body).toContain('Legend: ➕ create')
    expect(first.summary).toContain('| ✏️ update | `dev` | `/` | `LOG_LEVEL` | value |')
    expect(first.summary).toContain('| 👀 remote-only | `prod` | `/` | `LEGACY_API_KEY` |')
    expect(env.github.calls[0]!.authorization).toBe(`token ${SENTINEL.githubToken}`)

    // The job summary has the same table.
    expect(first.summary).toContain('| ➕ create | `prod` | `/` | `TLS_KEY` |')
    expect(first.summary).not.toContain(marker)

    // Outputs, from GITHUB_OUTPUT's heredoc format.
    expect(first.outputs['has-changes']).toBe('true')
    expect(JSON.parse(first.outputs.summary!)).toMatchObject({
      hasChanges: true,
      create: 2,
      update: 1,
      unchanged: 2,
      remoteOnly: 1,
    })
    expect(first.outputs.plan!.startsWith(join(env.workdir, '.runner'))).toBe(true)
    const planJson = JSON.parse(readFileSync(first.outputs.plan!, 'utf8'))
    expect(planJson.items).toContainEqual({
      action: 'create',
      environment: 'prod',
      path: '/',
      key: 'TLS_KEY',
    })
    expect(JSON.parse(first.outputs['share-links']!)).toEqual([])

    // A plan only reads.
    expect(writesTo(env.infisical)).toEqual([])
    expectMasked(first, [
      SENTINEL.db,
      SENTINEL.pem,
      SENTINEL.remoteOnly,
      SENTINEL.clientSecret,
      SENTINEL.githubToken,
    ])
    expectNoLeak(first, env.github, ALL_SENTINELS)
    expect(first.stdout).toMatch(/^::group::Plan$/m)

    // Someone changes the remote; the second run edits the same comment.
    env.infisical.state.addSecret(env.projectId, 'dev', '/', { key: 'STRAY', value: 'x' })
    env.github.calls.length = 0
    const second = await plan()
    expect(second.code).toBe(0)
    const comments = env.github.comments.get(7)!
    expect(comments).toHaveLength(1)
    expect(env.github.calls.map((c) => c.method)).toEqual(['GET', 'PATCH'])
    expect(env.github.calls[1]!.path).toBe(`/repos/acme/app/issues/comments/${comments[0]!.id}`)
    expect(comments[0]!.body).toContain('`STRAY`')
    expectNoLeak(second, env.github, ALL_SENTINELS)
    expect(env.github.unexpected).toEqual([])
  })

  it("logs the comment's address, also when the server's reply has no html_url", async () => {
    const first = await plan()
    const id = env.github.comments.get(7)![0]!.id
    expect(first.stdout).toContain(`Posted the comment on #7: ${env.github.url}/pull/7#issuecomment-${id}`)
    env.github.commentUrls = false
    writeFileSync(
      join(env.workdir, 'secrets.yaml'),
      `${readFileSync(join(env.workdir, 'secrets.yaml'), 'utf8')}\n`,
    )
    const second = await plan({}, pr())
    expect(second.stdout).not.toContain('undefined')
    expect(second.stdout).toMatch(
      new RegExp(`(Kept|Updated) the comment on #7: https://github\\.com/acme/app/pull/7#issuecomment-${id}`),
    )
  })

  it("logs in at `domain` when that is how the site URL is given (Infisical's own input name)", async () => {
    const run = await plan({ 'site-url': '', domain: env.inputs['site-url']! })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(env.infisical.requests.some((r) => r.path.includes('/auth/universal-auth/login'))).toBe(true)
  })

  it('finds its comment past the first page and edits it instead of adding another', async () => {
    for (let n = 0; n < 140; n++) env.github.addComment(9, `LGTM ${n}`)
    const ours = env.github.addComment(9, `${marker}\nan older plan`, 'github-actions[bot]')
    for (let n = 0; n < 3; n++) env.github.addComment(9, `more ${n}`)
    const run = await plan({}, pr(9))
    expect(run.code).toBe(0)
    expect(env.github.calls.map((c) => `${c.method} ${c.query.page ?? ''}`)).toEqual([
      'GET ',
      'GET 2',
      'PATCH ',
    ])
    expect(env.github.calls[2]!.path).toBe(`/repos/acme/app/issues/comments/${ours}`)
    expect(env.github.comments.get(9)!.filter((c) => c.body.startsWith(marker))).toHaveLength(1)
  })

  it('keeps a 3,000-row plan under the comment limit and puts every row in the job summary', async () => {
    const keys = Array.from(
      { length: 3000 },
      (_, n) => `SERVICE_${String(n).padStart(4, '0')}_CONNECTION_SETTING`,
    )
    writeFileSync(
      join(env.workdir, 'secrets.yaml'),
      `version: 1\nprovider:\n  type: infisical\n  projectId: ${env.projectId}\nenvironments: [dev]\nsecrets:\n${keys
        .map((k) => `  - key: ${k}\n    value: { literal: 'on' }\n`)
        .join('')}`,
    )
    const run = await plan()
    expect(run.code).toBe(0)
    // The fake GitHub answers 422 above 65,536 characters, as github.com does; this one was accepted.
    const body = env.github.comments.get(7)![0]!.body
    expect(body.length).toBeLessThan(65_536)
    expect(body).toMatch(
      /_\d+ more not shown here: see the \[job summary\]\(https:\/\/github\.com\/acme\/app\/actions\/runs\/4242\)\._/,
    )
    for (const k of [keys[0]!, keys[2999]!])
      expect(run.summary).toContain(`| ➕ create | \`dev\` | \`/\` | \`${k}\` |`)
    expect(body).not.toContain(keys[2999]!)
  })

  it('on a fork PR without credentials runs only the offline checks and skips the comment, with notices', async () => {
    const run = await plan(
      { 'client-id': '', 'client-secret': '', 'github-token': SENTINEL.githubToken },
      pr(7, 'mallory/app'),
    )
    expect(run.code).toBe(0)
    expect(notices(run).join('\n')).toMatch(/comes from a fork/)
    expect(env.infisical.requests).toEqual([])
    expect(env.github.calls).toEqual([])
  })

  it('on a fork PR without credentials still annotates manifest errors and fails', async () => {
    writeFileSync(join(env.workdir, 'secrets.yaml'), 'version: 2\n')
    const run = await plan({ 'client-id': '', 'client-secret': '' }, pr(7, 'mallory/app'))
    expect(run.code).toBe(1)
    expect(
      run.commands.filter((c) => c.name === 'error' && c.props.file === 'secrets.yaml').length,
    ).toBeGreaterThan(0)
    expect(env.infisical.requests).toEqual([])
  })

  it('on a fork PR with credentials plans but does not try to comment', async () => {
    const run = await plan({}, pr(7, 'mallory/app'))
    expect(run.code).toBe(0)
    expect(warnings(run)).toEqual([
      expect.stringMatching(/^The PR comment was not posted: this pull request comes from a fork/),
    ])
    expect(run.summary).toContain('`LEGACY_API_KEY`')
    expect(env.github.calls).toEqual([])
  })

  it('with a read-only token skips the comment with a warning instead of failing', async () => {
    env.github.readOnly = true
    const run = await plan()
    expect(run.code).toBe(0)
    expect(warnings(run)).toEqual([expect.stringContaining('GitHub answered 403')])
    expect(env.github.comments.get(7)).toBeUndefined()
    expect(run.outputs['has-changes']).toBe('true')
  })

  it('annotates a bad manifest at file, line and column, fails once, and sends nothing to Infisical', async () => {
    writeFileSync(
      join(env.workdir, 'secrets.yaml'),
      `version: 1\nprovider:\n  type: infisical\n  projectId: ${env.projectId}\nenvironments: [dev]\nsecrets:\n  - key: A\n    valu: { env: X }\n`,
    )
    const run = await plan()
    expect(run.code).toBe(1)
    const errors = run.commands.filter((c) => c.name === 'error')
    const annotation = errors.find((c) => c.props.file)!
    expect(annotation.props).toMatchObject({
      file: 'secrets.yaml',
      line: '8',
      col: '5',
      title: 'manifest-schema',
    })
    expect(annotation.message).toContain("unknown field 'valu'")
    // The annotations plus exactly one failure line.
    expect(errors.filter((c) => !c.props.file)).toHaveLength(1)
    expect(env.infisical.requests).toEqual([])
    // The PR comment says the manifest is broken instead of showing the last plan as if it were current.
    const comment = env.github.comments.get(7)![0]!.body
    expect(comment).toContain('❌ The manifest has 1 error(s)')
    expect(comment).toContain('| `secrets.yaml:8:5` | `manifest-schema` |')
    expect(run.summary).toContain('`secrets.yaml:8:5`')
  })

  it('names the input and the fix for a bad input', async () => {
    const run = await plan({ mode: 'deploy' })
    expect(run.code).toBe(2)
    expect(run.outputs['exit-code']).toBe('2')
    expect(run.commands.filter((c) => c.name === 'error').map((c) => c.message)).toEqual([
      "input `mode` must be one of plan, apply (got 'deploy'): set `mode: plan`",
    ])
  })
})

describe('scheduled drift check', () => {
  it('fails with fail-on-drift when the remote differs, without commenting', async () => {
    const run = await plan(
      { 'fail-on-drift': 'true' },
      { name: 'schedule', payload: { schedule: '17 3 * * *' } },
    )
    expect(run.code).toBe(3)
    expect(run.outputs['exit-code']).toBe('3')
    const errors = run.commands.filter((c) => c.name === 'error')
    expect(errors.map((c) => c.message)).toEqual([expect.stringContaining('(fail-on-drift, exit 3)')])
    expect(run.summary).toContain('secrets-manifest plan')
    expect(env.github.calls).toEqual([])
  })

  it('passes when the remote matches', async () => {
    const apply = await runAction({
      workdir: env.workdir,
      inputs: { ...env.inputs, mode: 'apply', comment: 'false' },
      event: { name: 'workflow_dispatch', payload: {} },
      github: env.github,
      env: env.values,
    })
    expect(apply.code).toBe(0)
    const run = await plan({ 'fail-on-drift': 'true' }, { name: 'schedule', payload: {} })
    expect(run.code).toBe(0)
    expect(run.outputs['has-changes']).toBe('false')
  })
})
