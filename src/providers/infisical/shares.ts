import {
  type LiveShare,
  ProviderError,
  type ShareRequest,
  UnsupportedOperation,
} from '../../core/seam/types.js'
import type { HttpRequest, HttpResponse } from '../../http/client.js'
import { isRouteNotFound, replyError } from './errors.js'
import { readCreatedShare, readShareList } from './replies.js'
import type { ListedShare } from './wire.js'

type Send = (req: HttpRequest) => Promise<HttpResponse>

/** The share route moved over time; newest first, each tried on a route-level 404. */
const SHARE_ROUTES = ['/api/v1/shared-secrets', '/api/v1/secret-sharing', '/api/v1/secret-sharing/shared']

const IDENTITY_CANNOT_SHARE =
  'this Infisical version lets only users, not machine identities, create share links; upgrade the server or create the link by hand'

/** Remembers which share route the server has, so a run probes at most once. */
export class InfisicalShares {
  private route: string | undefined

  constructor(private readonly send: Send) {}

  async list(): Promise<LiveShare[]> {
    const out: LiveShare[] = []
    // The server caps offset at 100 and limit at 100: at most 200 shares are visible.
    for (let offset = 0; offset <= 100; offset += 100) {
      const res = await this.call((path) => ({
        method: 'GET',
        path,
        query: { offset: String(offset), limit: '100' },
        operation: 'list share links',
        idempotent: true,
      }))
      if (res.status === 403 && this.route !== SHARE_ROUTES[0])
        throw new UnsupportedOperation(IDENTITY_CANNOT_SHARE, 403)
      if (res.status !== 200) throw replyError('list share links', res)
      const page = (await readShareList(res.json, `GET ${this.route}`, 'list share links')).secrets
      for (const s of page) if (s.name) out.push(liveShare(s, s.name))
      if (page.length < 100) break
    }
    return out
  }

  async create(req: ShareRequest): Promise<{ url: string }> {
    const body = {
      name: req.name,
      secretValue: req.value,
      expiresIn: req.expiresIn,
      maxViews: req.maxViews,
      accessType: req.access,
      ...(req.password ? { password: req.password } : {}),
    }
    const operation = `create share link '${req.name}'`
    const res = await this.call((path) => ({ method: 'POST', path, body, operation, idempotent: false }))
    if (res.status === 403 && this.route !== SHARE_ROUTES[0]) {
      throw new ProviderError(
        `${operation} failed: this Infisical version lets only users, not machine identities, create share links; upgrade the server or create the link by hand`,
        403,
      )
    }
    if (res.status !== 200) throw replyError(operation, res)
    const reply = await readCreatedShare(res.json, `POST ${this.route}`, operation)
    return { url: reply.sharedSecretLink }
  }

  private async call(build: (path: string) => HttpRequest): Promise<HttpResponse> {
    const candidates = this.route ? [this.route] : SHARE_ROUTES
    let last: HttpResponse | undefined
    for (const path of candidates) {
      last = await this.send(build(path))
      if (!isRouteNotFound(last)) {
        this.route = path
        return last
      }
    }
    throw new ProviderError('this Infisical server has no share-link routes', last?.status)
  }
}

/** Only fields of the expected type are kept: a reply is not trusted to be well formed. */
function liveShare(s: ListedShare, name: string): LiveShare {
  const views = s.expiresAfterViews
  return {
    id: s.id,
    name,
    expiresAt: s.expiresAt,
    ...(typeof s.createdAt === 'string' ? { createdAt: s.createdAt } : {}),
    ...(s.accessType === 'organization' || s.accessType === 'anyone' ? { access: s.accessType } : {}),
    ...(views === null || typeof views === 'number' ? { viewsLeft: views } : {}),
  }
}
