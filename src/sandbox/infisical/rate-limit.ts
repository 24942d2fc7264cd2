import type { RateLimitOptions } from './types.js'

export type Bucket = 'read' | 'write' | 'secrets' | 'shareCreation'

/**
 * Per-client-IP fixed windows of 60 s, like @fastify/rate-limit as Infisical Cloud configures it.
 * A limit of 0 turns a bucket off; only share creation is on by default (cloud's fixed 5/min).
 */
export class RateLimiter {
  private readonly limits: Record<Bucket, number>
  private readonly windows = new Map<string, { startedAt: number; count: number }>()

  constructor(
    private readonly now: () => number,
    options: RateLimitOptions = {},
  ) {
    this.limits = {
      read: options.readPerMinute ?? 0,
      write: options.writePerMinute ?? 0,
      secrets: options.secretsPerMinute ?? 0,
      shareCreation: options.shareCreationsPerMinute ?? 5,
    }
  }

  /** Counts one request; returns the seconds to wait when it is over the limit. */
  hit(bucket: Bucket, ip: string): { limit: number; retryAfterSeconds: number } | undefined {
    const limit = this.limits[bucket]
    if (limit <= 0) return undefined
    const key = `${bucket}:${ip}`
    const now = this.now()
    let window = this.windows.get(key)
    if (!window || now - window.startedAt >= 60_000) {
      window = { startedAt: now, count: 0 }
      this.windows.set(key, window)
    }
    window.count++
    if (window.count <= limit) return undefined
    return { limit, retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + 60_000 - now) / 1000)) }
  }
}
