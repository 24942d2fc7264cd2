import { UserError } from '../app/types.js'
import { PROVIDER_DEFINITIONS } from '../providers/registry.js'

/**
 * Every input name that is not a provider's, once: action.yml, this parser and the tests agree through
 * it. Each provider's definition lists its own (`actionInputs`).
 */
export const INPUT = {
  manifest: 'manifest',
  mode: 'mode',
  siteUrl: 'site-url',
  domain: 'domain',
  githubToken: 'github-token',
  comment: 'comment',
  allowDelete: 'allow-delete',
  failOnDrift: 'fail-on-drift',
  requireReviewedPlan: 'require-reviewed-plan',
} as const

/** Every provider's action inputs, in the registry's order. */
export const PROVIDER_INPUTS = PROVIDER_DEFINITIONS.flatMap((d) => d.actionInputs)

/** The values of the inputs that hold credentials: each is registered with the masker before the first request. */
export function credentialInputValues(inputs: ActionInputs): (string | undefined)[] {
  const secret = PROVIDER_INPUTS.filter((i) => i.secret).map((i) => inputs.providerInputs[i.name])
  return [...secret, inputs.githubToken]
}

const MODES = ['plan', 'apply'] as const

export type Mode = (typeof MODES)[number]

export interface ActionInputs {
  manifest: string
  mode: Mode
  /** Every provider input that was given (trimmed, by input name); each provider reads its own. */
  providerInputs: Readonly<Record<string, string>>
  siteUrl?: string
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
    providerInputs: providerInputsOf(opt),
    siteUrl: siteUrlOf(opt(INPUT.siteUrl), opt(INPUT.domain)),
    githubToken: opt(INPUT.githubToken),
    comment: bool(INPUT.comment, opt(INPUT.comment), true),
    allowDelete: bool(INPUT.allowDelete, opt(INPUT.allowDelete), false),
    failOnDrift: bool(INPUT.failOnDrift, opt(INPUT.failOnDrift), false),
    requireReviewedPlan: bool(INPUT.requireReviewedPlan, opt(INPUT.requireReviewedPlan), false),
    warnings: [],
  }
  checkProviderInputs(inputs)
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

function providerInputsOf(opt: (name: string) => string | undefined): Record<string, string> {
  const given: Record<string, string> = {}
  for (const { name } of PROVIDER_INPUTS) {
    const value = opt(name)
    if (value !== undefined) given[name] = value
  }
  return given
}

/** Each provider's own checks of its inputs (say, credentials given for another login method than chosen). */
function checkProviderInputs(inputs: ActionInputs): void {
  const read = (name: string) => inputs.providerInputs[name]
  for (const definition of PROVIDER_DEFINITIONS) {
    const found = definition.checkInputs?.(read)
    if (!found) continue
    if (found.error) throw new UserError(found.error)
    inputs.warnings.push(...found.warnings)
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

/** `domain` is the name some providers' own actions give `site-url`; either works, both must agree. */
function siteUrlOf(siteUrl: string | undefined, domain: string | undefined): string | undefined {
  const a = parseSiteUrl(INPUT.siteUrl, siteUrl)
  const b = parseSiteUrl(INPUT.domain, domain)
  if (a !== undefined && b !== undefined && a !== b)
    throw new UserError(
      `inputs \`site-url\` ('${clip(a)}') and \`domain\` ('${clip(b)}') differ: they are the same setting; pass one`,
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
      `input \`${name}\` is not a URL (got '${clip(value)}'): use the address of the server, e.g. https://secrets.example.com`,
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
