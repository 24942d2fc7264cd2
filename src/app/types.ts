import type { Diagnostic } from '../core/diagnostics.js'
import type { ApplyReport, Plan } from '../core/plan/types.js'
import type { Redactor } from '../core/redact.js'

/** How to authenticate against Infisical. The token or secret never leaves the provider's login code. */
export type InfisicalCredentials =
  | { method: 'universal'; clientId: string; clientSecret: string }
  | { method: 'token'; token: string }
  | { method: 'oidc'; identityId: string; jwt: string }

export interface RunOptions {
  manifestPath: string
  /** Where `env:` value sources are read from. */
  env: Record<string, string | undefined>
  credentials?: InfisicalCredentials
  /** Overrides provider.siteUrl (INFISICAL_SITE_URL). */
  siteUrl?: string
  redactor: Redactor
  /** Deletes happen only when the manifest says `prune: true` AND this is set. */
  allowDelete?: boolean
  /** Progress lines for long runs; already free of values. */
  progress?: (message: string) => void
  /** Called for every HTTP request sent (benchmarks and tests count them). */
  onRequest?: (method: string, path: string) => void
}

export type RunResult =
  /** The manifest has errors; nothing was sent to any server. */
  | { kind: 'invalid'; diagnostics: Diagnostic[] }
  | { kind: 'planned'; plan: Plan; diagnostics: Diagnostic[] }
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
