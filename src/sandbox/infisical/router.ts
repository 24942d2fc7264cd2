import type { IncomingHttpHeaders } from 'node:http'
import type { Identity } from './model.js'
import type { Bucket } from './rate-limit.js'
import type { Schemas } from './request-schemas.js'
import type { SandboxState } from './state.js'

/** Everything a route handler sees about one request. */
export interface Ctx {
  method: string
  path: string
  query: Record<string, string>
  params: Record<string, string>
  body: unknown
  headers: IncomingHttpHeaders
  ip: string
  legacy: boolean
  siteUrl: string
  state: SandboxState
  schemas: Schemas
  /** Set by the server once the bearer token was accepted. */
  identity?: Identity
}

export interface Reply {
  status?: number
  body?: unknown
  headers?: Record<string, string>
}

export type Handler = (ctx: Ctx) => Reply | Promise<Reply>

export interface RouteDef {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  path: string
  /** Rate-limit bucket the real router assigns. */
  bucket?: Bucket
  /** 'required' answers 401/403 before the handler runs, like verifyAuth. */
  auth: 'required' | 'optional' | 'none'
  handler: Handler
}

interface Compiled extends RouteDef {
  segments: string[]
  literals: number
}

/** Path-parameter routing with Fastify's preference for static segments over parameters. */
export class Router {
  private readonly routes: Compiled[] = []

  add(...defs: RouteDef[]): this {
    for (const def of defs) {
      const segments = def.path.split('/').filter(Boolean)
      this.routes.push({ ...def, segments, literals: segments.filter((s) => !s.startsWith(':')).length })
    }
    return this
  }

  match(method: string, path: string): { route: RouteDef; params: Record<string, string> } | undefined {
    const parts = path.split('/').filter(Boolean)
    let best: { route: Compiled; params: Record<string, string> } | undefined
    for (const route of this.routes) {
      if (route.method !== method || route.segments.length !== parts.length) continue
      const params: Record<string, string> = {}
      const ok = route.segments.every((seg, i) => {
        if (seg.startsWith(':')) {
          params[seg.slice(1)] = decodeURIComponent(parts[i]!)
          return true
        }
        return seg === parts[i]
      })
      if (ok && (!best || route.literals > best.route.literals)) best = { route, params }
    }
    return best
  }
}
