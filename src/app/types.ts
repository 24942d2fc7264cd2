import type { SharePacing } from '../apply/shares.js'
import type { Diagnostic } from '../core/diagnostics.js'
import type { ReviewedPlan } from '../core/plan/digest.js'
import type { ApplyReport, Plan } from '../core/plan/types.js'
import type { Redactor } from '../core/redact.js'
import type { Credentials } from '../providers/registry.js'

export type { Credentials } from '../providers/registry.js'

export interface RunOptions {
  manifestPath: string
  /** Where `env:` value sources are read from. */
  env: Record<string, string | undefined>
  /** One set, or several (the CLI passes every provider's found in the environment); the manifest's provider picks. */
  credentials?: Credentials | readonly Credentials[]
  /** Overrides the manifest's site URL (the CLI's environment variable or the action's `site-url` input). */
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
