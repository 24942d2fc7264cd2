import { bearerOf, MinuteWindows, type ServerHandle, serveJson } from '../common/http.js'
import { route } from './routes.js'
import { PrimeState } from './state.js'
import type { PrimeServerOptions } from './types.js'

export interface PrimeServerHandle extends ServerHandle {
  state: PrimeState
}

/**
 * A stateful, in-memory stand-in for Prime Intellect's secrets API on loopback: offset/limit pages
 * with `total_count`, `{data, status}` envelopes, the seed's create schema, both 422 shapes, and
 * values that are stored but never returned.
 */
export async function startPrimeIntellectServer(
  options: PrimeServerOptions = {},
): Promise<PrimeServerHandle> {
  const now = options.now ?? Date.now
  const state = new PrimeState(now)
  const windows = new MinuteWindows(now)
  const perMinute = options.requestsPerMinute ?? 0
  const ctx = {
    state,
    now,
    options: {
      errorStyle: options.errorStyle ?? 'errors',
      totalField: options.totalField ?? 'total_count',
      maxLimit: options.maxLimit ?? 100,
      deleteStatus: options.deleteStatus ?? 200,
      duplicateStatus: options.duplicateStatus ?? 409,
      requestsPerMinute: perMinute,
    },
  }
  const handle = await serveJson({
    host: options.host,
    port: options.port,
    latencyMs: options.latencyMs,
    now,
    faultReply: (status, message, retryAfter) => ({
      status,
      body: { detail: message ?? (status === 429 ? 'Too Many Requests' : 'Internal Server Error') },
      headers: status === 429 ? { 'retry-after': String(retryAfter ?? 1) } : undefined,
    }),
    handle: (entry, req, bodyError) => {
      const hit = windows.hit(`key:${bearerOf(req) ?? ''}`, perMinute)
      if (hit.over)
        return {
          status: 429,
          body: { detail: 'Too Many Requests' },
          headers: { 'retry-after': String(hit.resetSeconds) },
        }
      return route(ctx, entry, req, bodyError)
    },
  })
  return { ...handle, state }
}
