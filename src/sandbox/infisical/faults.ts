import type { FaultKind } from './types.js'

interface FaultMatch {
  /** Any method when omitted; case-insensitive. */
  method?: string
  /** Exact pathname (no query string) or a pattern tested against it. */
  path: string | RegExp
  /** How many matching requests it affects; default 1. */
  times?: number
  /** Lets this many matching requests through first, to target the n-th one. */
  skip?: number
}

export type FaultSpec =
  | (FaultMatch & { kind: 'status'; status: number; message?: string; retryAfterSeconds?: number })
  | (FaultMatch & { kind: 'reset-before' })
  | (FaultMatch & { kind: 'reset-after' })
  | (FaultMatch & { kind: 'truncate-after' })
  | (FaultMatch & { kind: 'intercept'; before: () => void })
  | (FaultMatch & { kind: 'malformed'; body: unknown })

export type ActiveFault = FaultSpec & { remaining: number; toSkip: number }

/**
 * Scripted failures for client tests. `reset-before` drops the connection without touching state,
 * `reset-after` commits the request and then drops the connection (the client cannot know it succeeded),
 * `truncate-after` commits and sends the headers and half the body before dropping the connection,
 * `status` answers that status with the real error body (429 with `retry-after`, default 1 s), and
 * `intercept` runs `before` (another client's write landing first, say) and then handles the request,
 * and `malformed` handles the request and answers its status with `body` instead of the real reply.
 */
export class FaultInjector {
  private readonly active: ActiveFault[] = []

  add(spec: FaultSpec): void {
    this.active.push({ ...spec, remaining: spec.times ?? 1, toSkip: spec.skip ?? 0 })
  }

  clear(): void {
    this.active.length = 0
  }

  /** Faults still waiting to fire. */
  pending(): number {
    return this.active.reduce((n, f) => n + f.remaining, 0)
  }

  /** Consumes and returns the first fault matching this request, if any. */
  take(method: string, path: string): { kind: FaultKind; spec: FaultSpec } | undefined {
    const index = this.active.findIndex(
      (f) =>
        (f.method === undefined || f.method.toUpperCase() === method) &&
        (typeof f.path === 'string' ? f.path === path : f.path.test(path)),
    )
    if (index < 0) return undefined
    const fault = this.active[index]!
    if (fault.toSkip > 0) {
      fault.toSkip--
      return undefined
    }
    fault.remaining--
    if (fault.remaining <= 0) this.active.splice(index, 1)
    return { kind: fault.kind, spec: fault }
  }
}
