import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { failureHint, resolveCredentials } from '../../src/action/auth.js'
import { credentialInputValues, INPUT, PROVIDER_INPUTS, parseInputs } from '../../src/action/inputs.js'
import { ProviderError } from '../../src/core/seam/types.js'
import { runContextFrom } from '../../src/github/context.js'

const from = (given: Record<string, string>) => (name: string) => given[name] ?? ''

describe('parseInputs', () => {
  it('applies the documented defaults', () => {
    expect(parseInputs(from({ 'client-id': 'id', 'client-secret': 's' }))).toMatchObject({
      manifest: 'secrets.yaml',
      mode: 'plan',
      providerInputs: { 'client-id': 'id', 'client-secret': 's' },
      comment: true,
      allowDelete: false,
      failOnDrift: false,
      warnings: [],
    })
  })

  it("takes `domain` (Infisical's name) as the site URL, and both when they agree", () => {
    const creds = { 'client-id': 'id', 'client-secret': 's' }
    expect(parseInputs(from({ ...creds, domain: 'https://eu.infisical.com/' })).siteUrl).toBe(
      'https://eu.infisical.com',
    )
    expect(
      parseInputs(
        from({ ...creds, domain: 'https://eu.infisical.com', 'site-url': 'https://eu.infisical.com/' }),
      ).siteUrl,
    ).toBe('https://eu.infisical.com')
  })

  it.each([
    [{ mode: 'deploy' }, "input `mode` must be one of plan, apply (got 'deploy'): set `mode: plan`"],
    [{ method: 'aws-iam' }, "input `method` must be one of universal, oidc, token (got 'aws-iam')"],
    [{ comment: 'yes' }, "input `comment` must be true or false (got 'yes')"],
    [{ 'site-url': 'eu.infisical.com' }, 'input `site-url` is not a URL'],
    [{ domain: 'eu.infisical.com' }, 'input `domain` is not a URL'],
    [
      { 'site-url': 'https://eu.infisical.com', domain: 'https://app.infisical.com' },
      "inputs `site-url` ('https://eu.infisical.com') and `domain` ('https://app.infisical.com') differ",
    ],
    [{ token: 'st.x' }, "input `method` is 'universal' but only `token` is set: set `method: token`"],
    [
      { 'identity-id': 'i', token: 'st.x' },
      "input `method` is 'universal' but only `token` and `identity-id` are set: set `method: token`",
    ],
    [
      { method: 'token', 'identity-id': 'i' },
      "input `method` is 'token' but only `identity-id` is set: set `method: oidc`",
    ],
  ])('rejects %o, naming the input and the fix', (given, message) => {
    expect(() => parseInputs(from(given))).toThrow(message)
  })

  it('never echoes a long value in full', () => {
    expect(() => parseInputs(from({ mode: 'x'.repeat(100) }))).toThrow(/got 'x{40}…'/)
  })

  it('warns about inputs that do nothing in this mode', () => {
    const i = parseInputs(from({ mode: 'apply', 'fail-on-drift': 'true', token: 't', method: 'token' }))
    expect(i.warnings).toEqual([
      '`fail-on-drift` only applies to `mode: plan`; apply fails on its own when an item fails.',
    ])
  })
})

describe('the input list', () => {
  const declared = Object.keys(
    (parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as { inputs: object }).inputs,
  )

  it("action.yml declares exactly the action's own inputs and every provider's", () => {
    const read = [...Object.values(INPUT), ...PROVIDER_INPUTS.map((i) => i.name)]
    expect([...read].sort()).toEqual([...declared].sort())
    expect(new Set(read).size).toBe(read.length)
  })

  it('registers the value of every secret provider input and the GitHub token, and no other', () => {
    const given = Object.fromEntries(declared.map((name) => [name, `value-of-${name}`]))
    const inputs = parseInputs((name) => (name === 'mode' ? 'plan' : name === 'method' ? 'universal' : ''))
    inputs.providerInputs = given
    inputs.githubToken = given['github-token']
    expect(credentialInputValues(inputs).sort()).toEqual(
      ['client-secret', 'token', 'enkryptify-token', 'prime-api-key', 'github-token']
        .map((n) => `value-of-${n}`)
        .sort(),
    )
  })
})

describe('resolveCredentials', () => {
  const deps = (env: Record<string, string> = {}) => ({
    env,
    getIDToken: async (aud?: string) =>
      `h.${Buffer.from(JSON.stringify({ aud, sub: 'repo:acme/app:pull_request' })).toString('base64url')}.`,
    register: () => {},
  })

  it('names the half-given universal credential', async () => {
    expect(await resolveCredentials(parseInputs(from({ 'client-id': 'id' })), deps())).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining('input `client-secret` is empty while `client-id` is set'),
    })
  })

  it('shows what to paste when nothing is given', async () => {
    const r = await resolveCredentials(parseInputs(from({})), deps())
    expect(r).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining(`\`client-id: \${{ vars.INFISICAL_CLIENT_ID }}\``),
    })
  })

  it('passes every provider that was given credentials, and only those', async () => {
    const r = await resolveCredentials(
      parseInputs(from({ 'enkryptify-token': 'ek_live_x', 'prime-api-key': 'pk', 'prime-team-id': 't1' })),
      deps(),
    )
    expect(r).toEqual({
      kind: 'ok',
      credentials: [
        { method: 'enkryptify-token', token: 'ek_live_x' },
        { method: 'prime-api-key', apiKey: 'pk', teamId: 't1' },
      ],
    })
  })

  it('does not paper over a half-given Infisical pair with another provider', async () => {
    const r = await resolveCredentials(
      parseInputs(from({ 'client-secret': 's', 'enkryptify-token': 'ek' })),
      deps(),
    )
    expect(r).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining('input `client-id` is empty while `client-secret` is set'),
    })
  })

  it('explains the missing id-token permission instead of calling the token service', async () => {
    const r = await resolveCredentials(parseInputs(from({ method: 'oidc', 'identity-id': 'i' })), deps())
    expect(r).toMatchObject({
      kind: 'unavailable',
      reason: expect.stringContaining('`permissions: id-token: write`'),
    })
  })

  it('turns an audience rejection into the claim to allow', async () => {
    const env = { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://x', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' }
    const r = await resolveCredentials(
      parseInputs(from({ method: 'oidc', 'identity-id': 'i', 'oidc-audience': 'aud-1' })),
      deps(env),
    )
    if (r.kind !== 'ok') throw new Error('expected credentials')
    const err = new ProviderError(
      'OIDC login failed: HTTP 401 Access denied: OIDC audience not allowed.',
      401,
    )
    expect(failureHint(err, r.credentials)).toBe(
      "the GitHub token had audience 'aud-1' and subject 'repo:acme/app:pull_request'; add 'aud-1' to the identity's OIDC allowed audiences, or set `oidc-audience` to one of them",
    )
  })
})

describe('runContextFrom', () => {
  const env = {
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_SHA: 'abc',
    GITHUB_RUN_ID: '42',
  }
  const pr = (head: string | null) => ({
    pull_request: {
      number: 7,
      head: { repo: head ? { full_name: head } : null },
      base: { repo: { full_name: 'acme/app' } },
    },
    repository: { full_name: 'acme/app', private: false, visibility: 'public' },
  })

  it('reads a same-repository PR', () => {
    expect(runContextFrom(env, pr('acme/app'))).toMatchObject({
      owner: 'acme',
      repo: 'app',
      visibility: 'public',
      runUrl: 'https://github.com/acme/app/actions/runs/42',
      pullRequest: { number: 7, isFork: false },
    })
  })

  it.each([['mallory/app'], [null]])('treats head repo %s as a fork', (head) => {
    expect(runContextFrom(env, pr(head)).pullRequest?.isFork).toBe(true)
  })

  it('has no PR on push', () => {
    expect(
      runContextFrom({ ...env, GITHUB_EVENT_NAME: 'push' }, { after: 'abc' }).pullRequest,
    ).toBeUndefined()
  })
})
