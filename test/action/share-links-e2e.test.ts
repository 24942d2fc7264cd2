import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { type Env, manifestFor, SENTINEL, startEnv } from './fixtures.js'
import { expectNoLeak, pushPayload, runAction } from './harness.js'

let env: Env
beforeEach(async () => {
  env = await startEnv()
})
afterEach(() => env.close())

const SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f80912345678'

it('posts share links in the PR comment and the output only, masked everywhere else', async () => {
  writeFileSync(
    join(env.workdir, 'secrets.yaml'),
    `${manifestFor(env.projectId)}shares:
  - name: onboarding-db
    secret: { key: DATABASE_URL, environment: dev }
    expiresIn: 1h
  - name: locked-db
    secret: { key: DATABASE_URL, environment: dev }
    access: anyone
    password: { env: SHARE_PASSWORD }
`,
  )
  env.github.pullsForCommit.set(SHA, [
    { number: 12, state: 'closed', merge_commit_sha: SHA, merged_at: '2026-11-23T09:00:00Z' },
  ])
  const payload = {
    ...pushPayload(SHA),
    repository: { full_name: 'acme/app', private: false, visibility: 'public' },
  }
  const run = await runAction({
    workdir: env.workdir,
    inputs: { ...env.inputs, mode: 'apply' },
    event: { name: 'push', payload },
    sha: SHA,
    github: env.github,
    env: { ...env.values, SHARE_PASSWORD: 'SENTINEL-share-password-77' },
  })
  expect(run.stderr).toBe('')
  expect(run.commands.filter((c) => c.name === 'error')).toEqual([])
  expect(run.code).toBe(0)

  const links = JSON.parse(run.outputs['share-links']!) as { name: string; url: string; access: string }[]
  expect(links.map((l) => [l.name, l.access])).toEqual([
    ['onboarding-db', 'organization'],
    ['locked-db', 'anyone'],
  ])
  const [org, locked] = links.map((l) => l.url) as [string, string]
  expect(org).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/shared\/secret\//)

  // The comment carries the organization link, names the withheld one, and warns about edit history.
  const body = env.github.comments.get(12)![0]!.body
  // An `anyone` link goes into a public repository's comment only with a password (the manifest cannot
  // declare one without: a semantic error; the unit tests cover the action's own refusal).
  expect(body).toContain(org)
  expect(body).toContain(locked)
  expect(body).toContain('GitHub keeps every version of a comment')

  // Everywhere else the links are masked: the runner was told, and our own channels never show them.
  const masks = run.commands.filter((c) => c.name === 'add-mask').map((c) => c.message)
  expect(masks).toEqual(expect.arrayContaining([org, locked]))
  for (const [name, text] of Object.entries({
    stdout: run.stdout.replace(/^::add-mask::.*$/gm, ''),
    summary: run.summary,
  })) {
    expect(text.includes(org) || text.includes(locked), `a link leaked into ${name}`).toBe(false)
  }
  expect(readFileSync(run.outputs.plan!, 'utf8')).not.toContain(org)
  expect(run.summary).toContain('2 share link(s) created: they are in the pull request comment')
  // No value leaked anywhere, the comment included.
  expectNoLeak(run, env.github, [
    SENTINEL.db,
    SENTINEL.pem,
    SENTINEL.clientSecret,
    SENTINEL.githubToken,
    'SENTINEL-share-password-77',
  ])
})
