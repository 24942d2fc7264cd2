import { planAttention } from '../core/plan/attention.js'
import { hasDrift } from '../core/plan/types.js'
import { ProviderError } from '../core/seam/types.js'
import type { RunResult } from './types.js'

/**
 * The exit codes of the CLI and the action, one table for both (README and docs/action.md show it).
 * In the spirit of Terraform's -detailed-exitcode: 0/1/2 always mean the same, and `--fail-on-drift`
 * adds codes a scheduled check can tell apart.
 */
export const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
  drift: 3,
  notChecked: 4,
  unreachable: 5,
} as const

export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/** The table as the docs print it; a test keeps README.md and docs/action.md in step with it. */
export const EXIT_CODE_TABLE: readonly { code: ExitCode; meaning: string }[] = [
  {
    code: EXIT.ok,
    meaning: 'apply would succeed (with or without changes); after apply: every item applied',
  },
  {
    code: EXIT.failed,
    meaning:
      'the manifest is invalid, or apply would refuse (a blocked item, a `missing` secret; apply also refuses a value its own job cannot read), or an item failed, or the server could not be used',
  },
  { code: EXIT.usage, meaning: 'usage error (unknown command or option; a bad action input)' },
  {
    code: EXIT.drift,
    meaning:
      'with `--fail-on-drift`: drift found (apply would write, a declared secret is missing, or with `prune: true` a remote-only key)',
  },
  {
    code: EXIT.notChecked,
    meaning:
      'with `--fail-on-drift`: no drift in what was checked, but some values could not be checked (listed in the plan)',
  },
  { code: EXIT.unreachable, meaning: 'with `--fail-on-drift`: the server could not be reached' },
]

export interface Verdict {
  code: ExitCode
  /** Why the run failed, in one line; absent when it succeeded. */
  reason?: string
}

/** The exit code of a finished run and why, the same for the CLI and the action. */
export function verdictOf(result: RunResult, opts: { failOnDrift?: boolean } = {}): Verdict {
  switch (result.kind) {
    case 'invalid': {
      const errors = result.diagnostics.filter((d) => d.severity === 'error').length
      return {
        code: EXIT.failed,
        reason: `the manifest has ${errors} error(s); nothing was sent to the server`,
      }
    }
    case 'refused':
      return {
        code: EXIT.failed,
        reason: `apply refused to start: ${result.reasons.length} item(s) cannot be applied; nothing was written`,
      }
    case 'applied':
      return result.report.failed > 0
        ? {
            code: EXIT.failed,
            reason: `${result.report.failed} of ${result.report.items.length} item(s) failed to apply`,
          }
        : { code: EXIT.ok }
    case 'planned':
      return opts.failOnDrift ? driftVerdict(result) : refusalVerdict(result.refusals)
  }
}

function refusalVerdict(refusals: readonly string[]): Verdict {
  return refusals.length > 0
    ? {
        code: EXIT.failed,
        reason: `apply would refuse to start: ${refusals.length} item(s) cannot be applied`,
      }
    : { code: EXIT.ok }
}

/**
 * A drift check names what it found: a blocked item needs the manifest fixed (1); a write, a missing
 * secret or a stray key under prune is drift (3); a value it could not compare leaves the check
 * unfinished (4), never "no drift".
 */
function driftVerdict(result: Extract<RunResult, { kind: 'planned' }>): Verdict {
  const { plan } = result
  if (plan.summary.blocked > 0)
    return {
      code: EXIT.failed,
      reason: `${plan.summary.blocked} item(s) are blocked; apply would refuse to start`,
    }
  if (hasDrift(plan)) return { code: EXIT.drift, reason: 'the remote differs from the manifest' }
  const unchecked = planAttention(plan).unchecked.length
  if (unchecked > 0)
    return {
      code: EXIT.notChecked,
      reason: `${unchecked} value(s) could not be checked, so drift cannot be ruled out`,
    }
  return { code: EXIT.ok }
}

/** A run that threw: the server unreachable is its own code for a drift check, anything else is 1. */
export function exitCodeOfError(error: unknown, opts: { failOnDrift?: boolean } = {}): ExitCode {
  return opts.failOnDrift && error instanceof ProviderError && error.unreachable
    ? EXIT.unreachable
    : EXIT.failed
}
