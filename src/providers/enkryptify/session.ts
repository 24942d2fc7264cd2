import { ProviderError } from '../../core/seam/types.js'
import type { HttpClient, HttpRequest, HttpResponse } from '../../http/client.js'
import { ENKRYPTIFY_ROUTES } from './routes.js'
import { ExchangeReply } from './wire.js'

/**
 * Holds the bearer. The `ek_live_` token is exchanged once per run for a 15-minute JWT, and used as it
 * is when the exchange fails, as the official SDK does: Enkryptify's docs disagree on whether direct use
 * is allowed, so either works. A JWT rejected mid-run (it expired) is exchanged again, once.
 */
export class EnkryptifySession {
  private bearer: string | undefined
  private usingJwt = false
  private reexchanged = false

  constructor(
    private readonly http: HttpClient,
    private readonly token: string,
    private readonly register: (secret: string) => void,
  ) {
    register(token)
  }

  /** How the token was used, for tests and diagnostics: never the token itself. */
  get mode(): 'jwt' | 'raw' | 'none' {
    return this.bearer === undefined ? 'none' : this.usingJwt ? 'jwt' : 'raw'
  }

  /** Appended to 401 hints: the usual mistake is pasting something that is not an API token. */
  get tokenHint(): string {
    return this.token.startsWith('ek_live_') ? '' : '; API tokens start with ek_live_'
  }

  async send(req: HttpRequest): Promise<HttpResponse> {
    if (this.bearer === undefined) await this.exchange()
    const res = await this.http.send(this.authorize(req))
    if (res.status !== 401 || !this.usingJwt || this.reexchanged) return res
    this.reexchanged = true
    await this.exchange()
    return this.http.send(this.authorize(req))
  }

  private authorize(req: HttpRequest): HttpRequest {
    return { ...req, headers: { ...req.headers, authorization: `Bearer ${this.bearer}` } }
  }

  private async exchange(): Promise<void> {
    let jwt: unknown
    try {
      const res = await this.http.send({
        method: 'POST',
        path: ENKRYPTIFY_ROUTES.exchange,
        headers: { authorization: `Bearer ${this.token}` },
        operation: 'Enkryptify token exchange',
        idempotent: true,
      })
      const reply = ExchangeReply.safeParse(res.json)
      if (res.status >= 200 && res.status < 300 && reply.success) jwt = reply.data.accessToken
    } catch (error) {
      // A network failure here will fail the next request too, with the clearer operation name.
      if (!(error instanceof ProviderError)) throw error
    }
    if (typeof jwt === 'string' && jwt.length > 0) {
      this.register(jwt)
      this.bearer = jwt
      this.usingJwt = true
    } else {
      this.bearer = this.token
      this.usingJwt = false
    }
  }
}
