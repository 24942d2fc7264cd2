import { MinuteWindows, type ServerHandle, serveJson } from '../common/http.js'
import { clientIpOf } from '../common/ip.js'
import { route } from './routes.js'
import { EnkryptifyState } from './state.js'
import type { EnkryptifyServerOptions } from './types.js'

export interface EnkryptifyServerHandle extends ServerHandle {
  state: EnkryptifyState
}

/**
 * A stateful, in-memory stand-in for the Enkryptify API on loopback: token exchange, environments,
 * secrets with a value per environment, the seed's create schema, `{message}` errors and the
 * 200-a-minute limit with `RateLimit-*` headers.
 */
export async function startEnkryptifyServer(
  options: EnkryptifyServerOptions = {},
): Promise<EnkryptifyServerHandle> {
  const now = options.now ?? Date.now
  const state = new EnkryptifyState(now)
  const windows = new MinuteWindows(now)
  const limit = options.requestsPerMinute ?? 200
  const exchangeLimit = options.exchangesPerMinute ?? 10
  const ctx = {
    state,
    exchange: options.exchange ?? true,
    directTokens: options.directTokens ?? true,
    createStatus: options.createStatus ?? 200,
    now,
    exchangeLimited: (token: string) => windows.hit(`exchange:${token}`, exchangeLimit),
  }
  const handle = await serveJson({
    host: options.host,
    port: options.port,
    latencyMs: options.latencyMs,
    now,
    faultReply: (status, message, retryAfter) => ({
      status,
      body: { message: message ?? (status === 429 ? 'Rate limit exceeded' : 'Internal Server Error') },
      headers: status === 429 ? { 'retry-after': String(retryAfter ?? 1) } : undefined,
    }),
    handle: (entry, req, bodyError) => {
      if (!entry.path.startsWith('/v1/')) return route(ctx, entry, req, bodyError)
      const hit = windows.hit(`ip:${clientIpOf(req)}`, limit)
      const headers: Record<string, string> =
        limit > 0
          ? {
              'ratelimit-limit': String(limit),
              'ratelimit-remaining': String(hit.remaining),
              'ratelimit-reset': String(hit.resetSeconds),
            }
          : {}
      if (hit.over)
        return {
          status: 429,
          body: { message: 'Rate limit exceeded' },
          headers: { ...headers, 'retry-after': String(hit.resetSeconds) },
        }
      const reply = route(ctx, entry, req, bodyError)
      return { ...reply, headers: { ...headers, ...reply.headers } }
    },
  })
  return { ...handle, state }
}
