import { UserError } from '../app/types.js'

/** Every input name, once: action.yml, this parser and the tests agree through it. */
export const INPUT = {
  manifest: 'manifest',
  mode: 'mode',
  method: 'method',
  identityId: 'identity-id',
  oidcAudience: 'oidc-audience',
  clientId: 'client-id',
  clientSecret: 'client-secret',
  token: 'token',
  siteUrl: 'site-url',
  domain: 'domain',
  enkryptifyToken: 'enkryptify-token',
  primeApiKey: 'prime-api-key',
  primeTeamId: 'prime-team-id',
  githubToken: 'github-token',
  comment: 'comment',
  allowDelete: 'allow-delete',
  failOnDrift: 'fail-on-drift',
  requireReviewedPlan: 'require-reviewed-plan',
} as const

/** The inputs that hold credentials: each is registered with the masker before the first request. */
export const CREDENTIAL_INPUTS = [
  'clientSecret',
  'token',
  'enkryptifyToken',
  'primeApiKey',
  'githubToken',
] as const satisfies readonly (keyof typeof INPUT)[]

/** A workflow expression as users write it in YAML, for messages that show what to paste. */
export function expr(path: string): string {
  return `$\{{ ${path} }}`
}

const MODES = ['plan', 'apply'] as const
const METHODS = ['universal', 'oidc', 'token'] as const

export type Mode = (typeof MODES)[number]
export type AuthMethod = (typeof METHODS)[number]

export interface ActionInputs {
  manifest: string
  mode: Mode
  method: AuthMethod
  identityId?: string
  oidcAudience?: string
  clientId?: string
  clientSecret?: string
  token?: string
  siteUrl?: string
  enkryptifyToken?: string
  primeApiKey?: string
  primeTeamId?: string
  githubToken?: string
  comment: boolean
  allowDelete: boolean
  failOnDrift: boolean
  /** apply on push: refuse unless the plan is the one the merged PR's comment showed. */
  requireReviewedPlan: boolean
  /** Combinations that work but are probably not what was meant. */
  warnings: string[]
}

/**
 * Turns raw inputs (as `core.getInput` returns them: '' when not given) into a validated object. Each
 * error names the input and says how to fix it; secret inputs are never echoed.
 */
export function parseInputs(get: (name: string) => string): ActionInputs {
  const opt = (name: string) => get(name).trim() || undefined
  const inputs: ActionInputs = {
    manifest: opt(INPUT.manifest) ?? 'secrets.yaml',
    mode: oneOf(INPUT.mode, opt(INPUT.mode) ?? 'plan', MODES),
    method: oneOf(INPUT.method, opt(INPUT.method) ?? 'universal', METHODS),
    identityId: opt(INPUT.identityId),
    oidcAudience: opt(INPUT.oidcAudience),
    clientId: opt(INPUT.clientId),
    clientSecret: opt(INPUT.clientSecret),
    token: opt(INPUT.token),
    siteUrl: siteUrlOf(opt(INPUT.siteUrl), opt(INPUT.domain)),
    enkryptifyToken: opt(INPUT.enkryptifyToken),
    primeApiKey: opt(INPUT.primeApiKey),
    primeTeamId: opt(INPUT.primeTeamId),
    githubToken: opt(INPUT.githubToken),
    comment: bool(INPUT.comment, opt(INPUT.comment), true),
    allowDelete: bool(INPUT.allowDelete, opt(INPUT.allowDelete), false),
    failOnDrift: bool(INPUT.failOnDrift, opt(INPUT.failOnDrift), false),
    requireReviewedPlan: bool(INPUT.requireReviewedPlan, opt(INPUT.requireReviewedPlan), false),
    warnings: [],
  }
  checkMethod(inputs)
  if (inputs.mode === 'apply' && inputs.failOnDrift) {
    inputs.warnings.push(
      '`fail-on-drift` only applies to `mode: plan`; apply fails on its own when an item fails.',
    )
  }
  if (inputs.mode === 'plan' && inputs.allowDelete) {
    inputs.warnings.push(
      '`allow-delete` only applies to `mode: apply`; the plan shows deletions when the manifest sets `prune: true`.',
    )
  }
  return inputs
}

/** Catches credentials given for one method while another is selected: the usual copy-paste mistake. */
function checkMethod(i: ActionInputs): void {
  const given = (name: string, v: unknown) => (v ? [`\`${name}\``] : [])
  const foreign =
    i.method === 'universal'
      ? [...given(INPUT.token, i.token), ...given(INPUT.identityId, i.identityId)]
      : i.method === 'token'
        ? [
            ...given(INPUT.clientId, i.clientId),
            ...given(INPUT.clientSecret, i.clientSecret),
            ...given(INPUT.identityId, i.identityId),
          ]
        : [
            ...given(INPUT.clientId, i.clientId),
            ...given(INPUT.clientSecret, i.clientSecret),
            ...given(INPUT.token, i.token),
          ]
  const own =
    i.method === 'universal'
      ? !!(i.clientId || i.clientSecret)
      : i.method === 'token'
        ? !!i.token
        : !!i.identityId
  if (foreign.length > 0 && !own) {
    const suggested = i.token ? 'token' : i.identityId ? 'oidc' : 'universal'
    throw new UserError(
      `input \`method\` is '${i.method}' but only ${foreign.join(' and ')} ${foreign.length > 1 ? 'are' : 'is'} set: set \`method: ${suggested}\`, or give the ${i.method} credentials`,
    )
  }
  if (i.method !== 'oidc' && i.oidcAudience) {
    i.warnings.push('`oidc-audience` is ignored unless `method: oidc`.')
  }
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const v = value.toLowerCase()
  if ((allowed as readonly string[]).includes(v)) return v as T
  throw new UserError(
    `input \`${name}\` must be one of ${allowed.join(', ')} (got '${clip(value)}'): set \`${name}: ${allowed[0]}\``,
  )
}

// The YAML 1.2 core schema's booleans, as `core.getBooleanInput` accepts them.
const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

function bool(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback
  if (TRUE.includes(value)) return true
  if (FALSE.includes(value)) return false
  throw new UserError(`input \`${name}\` must be true or false (got '${clip(value)}')`)
}

/** `domain` is what Infisical's own action calls `site-url`; either works, both must agree. */
function siteUrlOf(siteUrl: string | undefined, domain: string | undefined): string | undefined {
  const a = parseSiteUrl(INPUT.siteUrl, siteUrl)
  const b = parseSiteUrl(INPUT.domain, domain)
  if (a !== undefined && b !== undefined && a !== b)
    throw new UserError(
      `inputs \`site-url\` ('${clip(a)}') and \`domain\` ('${clip(b)}') differ: they are the same setting (\`domain\` is Infisical's name for it); pass one`,
    )
  return a ?? b
}

function parseSiteUrl(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new UserError(
      `input \`${name}\` is not a URL (got '${clip(value)}'): use the address of your Infisical, e.g. https://eu.infisical.com`,
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UserError(`input \`${name}\` must be an http(s) address (got '${clip(value)}')`)
  }
  return value.replace(/\/+$/, '')
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s
}
