import { parse } from './access.js'
import { forbidden, notFound, unauthorized } from './errors.js'
import type { Identity } from './model.js'
import type { Ctx, Reply, RouteDef } from './router.js'
import { globMatch } from './text.js'

const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'
const LOCKOUT = { threshold: 3, counterResetMs: 30_000, durationMs: 300_000 }

function tokenReply(ctx: Ctx, identity: Identity): Reply {
  return {
    body: {
      accessToken: ctx.state.issueToken(identity.id),
      expiresIn: identity.accessTokenTTL,
      accessTokenMaxTTL: identity.accessTokenTTL,
      tokenType: 'Bearer',
    },
  }
}

/** Lockout bookkeeping of the universal-auth service; the failure window restarts with every failure. */
function recordFailure(identity: Identity, now: number): void {
  const lock = identity.lockout
  if (now >= lock.windowEndsAt) lock.failures = 0
  lock.failures++
  lock.windowEndsAt = now + LOCKOUT.counterResetMs
  if (lock.failures >= LOCKOUT.threshold) {
    lock.lockedUntil = now + LOCKOUT.durationMs
    lock.failures = 0
  }
}

function universalAuthLogin(ctx: Ctx): Reply {
  const body = parse(ctx, ctx.schemas.uaLogin, ctx.body)
  const identity = ctx.state.identityByClientId(body.clientId)
  if (!identity) {
    if (ctx.legacy) throw notFound('No identity with specified client ID was found')
    throw unauthorized('Invalid credentials')
  }
  const now = ctx.state.now()
  // Lockout arrived in 2025; the October-2024 server only ever says "Invalid credentials".
  if (!ctx.legacy && identity.lockout.lockedUntil > now) {
    throw unauthorized('This identity auth method is temporarily locked, please try again later')
  }
  if (identity.clientSecret === undefined || identity.clientSecret !== body.clientSecret) {
    if (!ctx.legacy) recordFailure(identity, now)
    throw unauthorized('Invalid credentials')
  }
  identity.lockout.failures = 0
  return tokenReply(ctx, identity)
}

function decodeJwt(jwt: string): Record<string, unknown> {
  const parts = jwt.split('.')
  try {
    if (parts.length !== 3) throw new Error('parts')
    const payload = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'))
    if (typeof payload !== 'object' || payload === null) throw new Error('payload')
    return payload as Record<string, unknown>
  } catch {
    throw unauthorized('Access denied: jwt malformed')
  }
}

function claimAt(payload: Record<string, unknown>, dotted: string): unknown {
  return dotted
    .split('.')
    .reduce<unknown>(
      (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
      payload,
    )
}

const matchesAny = (value: unknown, patterns: string[]) =>
  typeof value === 'string' && patterns.some((p) => globMatch(value, p))

/**
 * OIDC login as the real service checks it, except that signatures are not verified: the sandbox accepts an
 * unsigned token so CI tests can forge GitHub's ID token.
 */
function oidcLogin(ctx: Ctx): Reply {
  const body = parse(ctx, ctx.schemas.oidcLogin, ctx.body)
  const identity = ctx.state.identity(body.identityId)
  const binding = identity?.oidc
  if (!identity || !binding)
    throw notFound('OIDC auth method not found for identity, did you configure OIDC auth?')
  const payload = decodeJwt(body.jwt)
  const issuer = binding.boundIssuer ?? GITHUB_ISSUER
  if (payload.iss !== issuer) throw unauthorized(`Access denied: jwt issuer invalid. expected: ${issuer}`)
  if (typeof payload.exp === 'number' && payload.exp * 1000 <= ctx.state.now())
    throw unauthorized('Access denied: jwt expired')
  if (binding.boundSubject && !matchesAny(payload.sub, [binding.boundSubject])) {
    throw forbidden('Access denied: OIDC subject not allowed.')
  }
  if (binding.boundAudiences) {
    const allowed = binding.boundAudiences.split(', ')
    const auds = Array.isArray(payload.aud) ? payload.aud : [payload.aud]
    if (!auds.some((aud) => matchesAny(aud, allowed)))
      throw unauthorized('Access denied: OIDC audience not allowed.')
  }
  for (const [claim, patterns] of Object.entries(binding.boundClaims ?? {})) {
    const value = claimAt(payload, claim)
    if (value === undefined) throw unauthorized(`Access denied: token has no ${claim} field`)
    if (!matchesAny(value, patterns.split(', '))) throw unauthorized('Access denied: OIDC claim not allowed.')
  }
  return tokenReply(ctx, identity)
}

/** Renews a token still within its lifetime: a fresh token for the same identity, same reply as login. */
function renewToken(ctx: Ctx): Reply {
  const body = parse(ctx, ctx.schemas.renew, ctx.body)
  const resolved = ctx.state.resolveToken(body.accessToken)
  if (!resolved) throw unauthorized('Invalid token')
  if (resolved.expired) throw unauthorized('Access token has expired')
  return tokenReply(ctx, resolved.identity)
}

export function authRoutes(): RouteDef[] {
  return [
    {
      method: 'POST',
      path: '/api/v1/auth/token/renew',
      bucket: 'write',
      auth: 'none',
      handler: renewToken,
    },
    {
      method: 'POST',
      path: '/api/v1/auth/universal-auth/login',
      bucket: 'write',
      auth: 'none',
      handler: universalAuthLogin,
    },
    {
      method: 'POST',
      path: '/api/v1/auth/oidc-auth/login',
      bucket: 'write',
      auth: 'none',
      handler: oidcLogin,
    },
  ]
}
