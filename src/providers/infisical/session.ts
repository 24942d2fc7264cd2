import { ProviderError } from '../../core/seam/types.js'
import type { HttpClient, HttpRequest, HttpResponse } from '../../http/client.js'
import type { InfisicalCredentials } from './credentials.js'
import { isTokenError, replyError } from './errors.js'
import { readLogin } from './replies.js'

/**
 * Holds the access token. Logs in lazily, once; on a token rejection mid-run it logs in again at most
 * once, because repeated failed universal-auth logins lock the identity for minutes.
 */
export class InfisicalSession {
  private token: string | undefined
  private relogins = 0

  constructor(
    private readonly http: HttpClient,
    private readonly credentials: InfisicalCredentials,
    private readonly register: (secret: string) => void,
  ) {
    if (credentials.method === 'token') this.setToken(credentials.token)
  }

  async send(req: HttpRequest): Promise<HttpResponse> {
    if (!this.token) await this.login()
    const res = await this.http.send(this.authorize(req))
    if (!isTokenError(res) || !this.canRelogin()) return res
    this.relogins++
    await this.login()
    return this.http.send(this.authorize(req))
  }

  private authorize(req: HttpRequest): HttpRequest {
    return { ...req, headers: { ...req.headers, authorization: `Bearer ${this.token}` } }
  }

  private canRelogin(): boolean {
    return this.credentials.method !== 'token' && this.relogins < 1
  }

  private async login(): Promise<void> {
    const c = this.credentials
    if (c.method === 'token')
      throw new ProviderError('the Infisical token was rejected (expired or invalid); issue a new one')
    const req: HttpRequest =
      c.method === 'universal'
        ? {
            method: 'POST',
            path: '/api/v1/auth/universal-auth/login',
            body: { clientId: c.clientId, clientSecret: c.clientSecret },
            operation: 'universal-auth login',
            idempotent: false,
          }
        : {
            method: 'POST',
            path: '/api/v1/auth/oidc-auth/login',
            body: { identityId: c.identityId, jwt: c.jwt },
            operation: 'OIDC login',
            idempotent: false,
          }
    const res = await this.http.send(req)
    if (res.status !== 200) {
      const error = replyError(req.operation, res)
      throw c.method === 'oidc'
        ? new ProviderError(`${error.message}${oidcHint(error.message)}`, res.status)
        : error
    }
    this.setToken((await readLogin(res.json, `POST ${req.path}`, req.operation)).accessToken)
  }

  private setToken(token: string): void {
    this.register(token)
    this.token = token
  }
}

function oidcHint(message: string): string {
  if (/audience not allowed/i.test(message))
    return "; set oidc-audience to one of the identity's bound audiences"
  if (/subject not allowed/i.test(message))
    return "; the workflow's subject (repo:OWNER/REPO:ref:…) does not match the identity's bound subject"
  if (/claim not allowed/i.test(message))
    return '; a bound claim (repository, ref, environment…) does not match this workflow'
  if (/not found/i.test(message)) return '; configure OIDC auth on the machine identity, or check identity-id'
  return ''
}
