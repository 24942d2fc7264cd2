import { randomBytes } from 'node:crypto'
import { identityOf, parse } from './access.js'
import { forbidden, notFound, unauthorized } from './errors.js'
import type { Share } from './model.js'
import type { Ctx, Reply, RouteDef } from './router.js'
import { parseDuration } from './text.js'

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())

/** SanitizedSecretSharingSchema: never the value, never the password. */
function shareView(s: Share): Record<string, unknown> {
  return {
    id: s.id,
    expiresAt: iso(s.expiresAt),
    userId: null,
    orgId: s.orgId,
    createdAt: iso(s.createdAt),
    updatedAt: iso(s.updatedAt),
    expiresAfterViews: s.expiresAfterViews,
    accessType: s.accessType,
    name: s.name,
    lastViewedAt: iso(s.lastViewedAt),
    type: 'share',
    authorizedEmails: s.authorizedEmails,
    identityId: s.identityId,
    allowExternalEmails: s.allowExternalEmails,
  }
}

const isLive = (s: Share, now: number) =>
  s.expiresAt > now && (s.expiresAfterViews === null || s.expiresAfterViews > 0)

function createShare(ctx: Ctx): Reply {
  const b = parse(ctx, ctx.schemas.shareCreate, ctx.body)
  const identity = identityOf(ctx)
  const now = ctx.state.now()
  const share: Share = {
    // 32 random bytes in base64url: the id is the only secret part of the link.
    id: randomBytes(32).toString('base64url'),
    orgId: identity.orgId,
    identityId: identity.id,
    name: b.name ?? null,
    secretValue: b.secretValue,
    password: b.password ?? null,
    expiresAt: now + parseDuration(b.expiresIn)!,
    expiresAfterViews: b.maxViews ?? null,
    accessType: b.accessType,
    authorizedEmails: b.authorizedEmails ?? null,
    allowExternalEmails: b.allowExternalEmails ?? false,
    createdAt: now,
    updatedAt: now,
    lastViewedAt: null,
    clientIp: ctx.ip,
  }
  ctx.state.putShare(share)
  // The service looks the creator up as a user to send the emails, after the row exists.
  if (b.authorizedEmails?.length) throw notFound(`User with ID '${identity.id}' not found`)
  return { body: { ...shareView(share), sharedSecretLink: `${ctx.siteUrl}/shared/secret/${share.id}` } }
}

function listShares(ctx: Ctx): Reply {
  const q = parse(ctx, ctx.schemas.shareList, ctx.query)
  const identity = identityOf(ctx)
  const now = ctx.state.now()
  const mine = ctx.state
    .shares()
    .filter((s) => s.identityId === identity.id && s.orgId === identity.orgId && isLive(s, now))
    .sort((a, b) => b.createdAt - a.createdAt)
  return {
    body: { secrets: mine.slice(q.offset, q.offset + q.limit).map(shareView), totalCount: mine.length },
  }
}

/** Lookup for the public routes; organization-scoped shares need a caller from the same org. */
function openShare(ctx: Ctx): Share {
  const id = ctx.params.id!
  const share = ctx.state.share(id)
  if (!share) throw notFound(`Shared secret with ID '${id}' not found`)
  const now = ctx.state.now()
  if (share.expiresAt <= now) throw notFound('The shared secret has expired')
  if (share.expiresAfterViews !== null && share.expiresAfterViews <= 0) {
    throw notFound('The shared secret has reached its view limit')
  }
  if (share.accessType === 'organization') {
    if (!ctx.identity) throw unauthorized('You must be logged in to access this shared secret')
    if (ctx.identity.orgId !== share.orgId)
      throw forbidden('You are not allowed to access this shared secret')
  }
  return share
}

function getShare(ctx: Ctx): Reply {
  const share = openShare(ctx)
  const { authorizedEmails: _a, allowExternalEmails: _b, ...view } = shareView(share)
  const isAuthorizedUser = ctx.identity !== undefined && ctx.identity.orgId === share.orgId
  return { body: { ...view, isPasswordProtected: share.password !== null, isAuthorizedUser } }
}

function accessShare(ctx: Ctx): Reply {
  const share = openShare(ctx)
  const b = parse(ctx, ctx.schemas.shareAccess, ctx.body ?? {})
  if (share.password !== null) {
    if (b.password === undefined) throw unauthorized('Password is required to access this secret')
    if (b.password !== share.password) throw unauthorized('Invalid credentials')
  }
  const now = ctx.state.now()
  const next: Share = {
    ...share,
    lastViewedAt: now,
    expiresAfterViews: share.expiresAfterViews === null ? null : share.expiresAfterViews - 1,
  }
  ctx.state.putShare(next)
  return { body: { ...shareView(next), secretValue: share.secretValue } }
}

function deleteShare(ctx: Ctx): Reply {
  const identity = identityOf(ctx)
  const share = ctx.state.share(ctx.params.id!)
  if (!share) throw notFound(`Shared secret with ID '${ctx.params.id}' not found`)
  if (share.identityId !== identity.id) throw forbidden('You are not allowed to delete this shared secret')
  ctx.state.deleteShare(share.id)
  return { body: shareView(share) }
}

/** The October-2024 router only accepted user sessions, so machine identities get verifyAuth's 403. */
const userSessionsOnly = (ctx: Ctx): Reply => {
  throw forbidden('You are not allowed to access this resource', `Forbidden access to ${ctx.path}`)
}

export function shareRoutes(legacy: boolean): RouteDef[] {
  if (legacy) {
    return ['/api/v1/secret-sharing', '/api/v1/secret-sharing/shared'].flatMap((path): RouteDef[] => [
      { method: 'POST', path, bucket: 'shareCreation', auth: 'required', handler: userSessionsOnly },
      { method: 'GET', path, bucket: 'read', auth: 'required', handler: userSessionsOnly },
    ])
  }
  const base = '/api/v1/shared-secrets'
  return [
    { method: 'POST', path: base, bucket: 'shareCreation', auth: 'required', handler: createShare },
    { method: 'GET', path: base, bucket: 'read', auth: 'required', handler: listShares },
    { method: 'GET', path: `${base}/:id`, auth: 'optional', handler: getShare },
    { method: 'POST', path: `${base}/:id/access`, auth: 'optional', handler: accessShare },
    { method: 'DELETE', path: `${base}/:id`, bucket: 'write', auth: 'required', handler: deleteShare },
  ]
}
