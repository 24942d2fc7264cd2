import type { SharePacing } from '../apply/shares.js'
import type { Diagnostic } from '../core/diagnostics.js'
import type { ReviewedPlan } from '../core/plan/digest.js'
import type { ApplyReport, Plan } from '../core/plan/types.js'
import type { Redactor } from '../core/redact.js'
import type { ProviderType } from '../providers/types.js'

/** How to authenticate against Infisical. The token or secret never leaves the provider's login code. */
export type InfisicalCredentials =
  | { method: 'universal'; clientId: string; clientSecret: string }
  | { method: 'token'; token: string }
  | { method: 'oidc'; identityId: string; jwt: string }

/** An Enkryptify API token (`ek_live_…`), exchanged once per run for a short-lived JWT where possible. */
export type EnkryptifyCredentials = { method: 'enkryptify-token'; token: string }

/** A Prime Intellect API key; `teamId` (PRIME_TEAM_ID) overrides `provider.teamId`. */
export type PrimeIntellectCredentials = { method: 'prime-api-key'; apiKey: string; teamId?: string }

/** Credentials for any provider; `method` says which provider they belong to (CREDENTIAL_PROVIDER). */
export type Credentials = InfisicalCredentials | EnkryptifyCredentials | PrimeIntellectCredentials

export const CREDENTIAL_PROVIDER: Record<Credentials['method'], ProviderType> = {
  universal: 'infisical',
  token: 'infisical',
  oidc: 'infisical',
  'enkryptify-token': 'enkryptify',
  'prime-api-key': 'prime-intellect',
}

export interface RunOptions {
  manifestPath: string
  /** Where `env:` value sources are read from. */
  env: Record<string, string | undefined>
  /** One set, or several (the CLI passes every provider's found in the environment); the manifest's provider picks. */
  credentials?: Credentials | readonly Credentials[]
  /** Overrides provider.siteUrl (INFISICAL_SITE_URL). */
  siteUrl?: string
  redactor: Redactor
  /** Deletes happen only when the manifest says `prune: true` AND this is set. */
  allowDelete?: boolean
  /** Progress lines for long runs; already free of values. */
  progress?: (message: string) => void
  /** false: nothing would receive a created share link, so apply refuses to create one. Default true. */
  canDeliverShareLinks?: boolean
  /** Share-link pacing (tests inject a clock); default 5 per minute on the real clock. */
  sharePacing?: SharePacing
  /** apply: refuse, writing nothing, unless the plan computed now is this reviewed one (`apply --plan`). */
  reviewedPlan?: Pick<ReviewedPlan, 'digest'> & { actions?: readonly string[] }
  /** Called for every HTTP request sent (benchmarks and tests count them). */
  onRequest?: (method: string, path: string) => void
}

export type RunResult =
  /** The manifest has errors; nothing was sent to any server. */
  | { kind: 'invalid'; diagnostics: Diagnostic[] }
  /** `refusals`: why apply would refuse to start with this plan (empty when it would run). */
  | { kind: 'planned'; plan: Plan; refusals: string[]; diagnostics: Diagnostic[] }
  /** Apply refused to start (e.g. a value it needs is unavailable); nothing was written. */
  | { kind: 'refused'; plan: Plan; reasons: string[]; diagnostics: Diagnostic[] }
  | { kind: 'applied'; plan: Plan; report: ApplyReport; diagnostics: Diagnostic[] }

/** An error meant for the user: its message is safe to print and says what to do. */
export class UserError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UserError'
  }
}
