export interface RetryPolicy {
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 250, maxDelayMs: 30_000 }

/**
 * Exponential backoff with full jitter, but never sooner than the server asked: `Retry-After` (seconds)
 * or a 429 message's "Please try again in N seconds" (a server that says so in text rather than a header).
 */
export function retryDelayMs(
  policy: RetryPolicy,
  attempt: number,
  response?: { headers: Record<string, string | string[] | undefined>; json: unknown },
  random: () => number = Math.random,
): number {
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)) * random()
  const asked = response ? serverRetryAfterMs(response) : undefined
  return Math.min(policy.maxDelayMs * 4, Math.max(backoff, asked ?? 0))
}

function serverRetryAfterMs(response: {
  headers: Record<string, string | string[] | undefined>
  json: unknown
}): number | undefined {
  const header = response.headers['retry-after']
  const value = Array.isArray(header) ? header[0] : header
  if (value && /^\d+$/.test(value.trim())) return Number(value) * 1000
  const message = (response.json as { message?: unknown } | undefined)?.message
  const match = typeof message === 'string' ? /try again in (\d+) seconds?/i.exec(message) : null
  return match ? Number(match[1]) * 1000 : undefined
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
