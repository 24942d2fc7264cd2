import { ProviderError } from '../core/seam/types.js'
import { isLoopbackHost } from './loopback.js'
import { DEFAULT_RETRY, type RetryPolicy, retryDelayMs, sleep } from './retry.js'
import { Agent, request, errors as undiciErrors } from './undici-parts.js'

export interface HttpResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  /** Parsed JSON, or undefined when the body was empty or not JSON. */
  json: unknown
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  path: string
  query?: Record<string, string | undefined>
  body?: unknown
  form?: Record<string, string>
  headers?: Record<string, string>
  /** What the request does, for error messages ("list dev:/backend"). */
  operation: string
  /** Writes are not retried after they may have reached the server; reads are. */
  idempotent: boolean
}

export interface HttpClientOptions {
  baseUrl: string
  retry?: Partial<RetryPolicy>
  /** Plain http is only for loopback unless the user allows it explicitly. */
  allowInsecureHttp?: boolean
  maxResponseBytes?: number
  /** Overall time for one attempt, from sending to the last byte of the reply. */
  requestDeadlineMs?: number
  /** Counts every request sent, for benchmarks and tests. */
  onRequest?: (method: string, path: string) => void
  /** Told when a retry waits (rate limited, or backing off after a failure), for the progress line. */
  onWait?: (message: string) => void
}

const MAX_RESPONSE_BYTES = 64 * 1024 * 1024
/** Per-chunk timeouts alone let a server that trickles a byte at a time hold a job for hours. */
export const DEFAULT_REQUEST_DEADLINE_MS = 120_000

/** Raised when a reply is not complete at the deadline; a server that trickles once trickles again. */
class DeadlineError extends Error {}

/**
 * A small JSON client over undici: timeouts on connect, headers and body; bounded response size;
 * retries with jittered backoff for 429, 5xx and network errors that cannot have reached the server;
 * no redirects, so credentials are never sent to another host.
 */
export class HttpClient {
  private readonly agent: Agent
  private readonly base: URL
  private readonly retry: RetryPolicy
  private readonly maxBytes: number
  private readonly deadlineMs: number

  constructor(private readonly options: HttpClientOptions) {
    this.base = parseBaseUrl(options.baseUrl)
    assertTransportAllowed(this.base, options.allowInsecureHttp ?? false)
    this.retry = { ...DEFAULT_RETRY, ...options.retry }
    this.maxBytes = options.maxResponseBytes ?? MAX_RESPONSE_BYTES
    this.deadlineMs = options.requestDeadlineMs ?? DEFAULT_REQUEST_DEADLINE_MS
    this.agent = new Agent({
      connectTimeout: 10_000,
      headersTimeout: 30_000,
      bodyTimeout: 60_000,
      connections: 8,
    })
  }

  async send(req: HttpRequest): Promise<HttpResponse> {
    for (let attempt = 1; ; attempt++) {
      let response: HttpResponse
      try {
        response = await this.once(req)
      } catch (error) {
        const sent = !isBeforeSendError(error)
        const retriable = (req.idempotent || !sent) && !(error instanceof DeadlineError)
        if (retriable && attempt < this.retry.attempts) {
          await this.wait(
            retryDelayMs(this.retry, attempt),
            `${req.operation}: ${networkReason(error, this.base)}`,
          )
          continue
        }
        const reason = networkReason(error, this.base)
        throw new ProviderError(
          `${req.operation} failed: ${reason}`,
          undefined,
          sent && !req.idempotent,
          true,
        )
      }
      const retriable =
        response.status === 429 || response.status === 503 || (req.idempotent && response.status >= 500)
      if (retriable && attempt < this.retry.attempts) {
        const delay = retryDelayMs(this.retry, attempt, response)
        await this.wait(
          delay,
          response.status === 429
            ? 'rate limited by the server'
            : `${req.operation}: the server answered ${response.status}`,
          response.status === 429,
        )
        continue
      }
      return response
    }
  }

  /**
   * Sleeps before a retry. A rate limit is always announced; a backoff only when it is long enough to
   * look like a hang (a quarter-second jitter would only be noise).
   */
  private async wait(ms: number, reason: string, always = false): Promise<void> {
    if (this.options.onWait && (always || ms >= 1000))
      this.options.onWait(`${reason}, waiting ${Math.max(1, Math.round(ms / 1000))} s`)
    await sleep(ms)
  }

  private async once(req: HttpRequest): Promise<HttpResponse> {
    const deadline = AbortSignal.timeout(this.deadlineMs)
    try {
      return await this.attempt(req, deadline)
    } catch (error) {
      if (!deadline.aborted) throw error
      throw new DeadlineError(
        `no complete reply from ${this.base.host} within ${this.deadlineMs / 1000} s (the deadline for one request; SECRETS_MANIFEST_REQUEST_DEADLINE_SECONDS sets it)`,
      )
    }
  }

  private async attempt(req: HttpRequest, signal: AbortSignal): Promise<HttpResponse> {
    const url = new URL(req.path, this.base)
    for (const [k, v] of Object.entries(req.query ?? {})) if (v !== undefined) url.searchParams.set(k, v)
    const headers: Record<string, string> = { accept: 'application/json', ...req.headers }
    let body: string | undefined
    if (req.form) {
      body = new URLSearchParams(req.form).toString()
      headers['content-type'] = 'application/x-www-form-urlencoded'
    } else if (req.body !== undefined) {
      body = JSON.stringify(req.body)
      headers['content-type'] = 'application/json'
    }
    this.options.onRequest?.(req.method, url.pathname)
    // undici's request never follows redirects without the redirect interceptor, which we do not install.
    const res = await request.call(this.agent, {
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method: req.method,
      headers,
      body,
      signal,
    })
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of res.body) {
      size += chunk.length
      if (size > this.maxBytes) {
        res.body.destroy()
        throw new ProviderError(
          `${req.operation} failed: the server's reply is larger than ${this.maxBytes} bytes`,
          res.statusCode,
        )
      }
      chunks.push(chunk as Buffer)
    }
    const text = Buffer.concat(chunks).toString('utf8')
    let json: unknown
    if (text.length > 0) {
      try {
        json = JSON.parse(text)
      } catch {
        json = undefined
      }
    }
    return { status: res.statusCode, headers: res.headers, json }
  }

  close(): Promise<void> {
    return this.agent.close()
  }
}

function parseBaseUrl(text: string): URL {
  try {
    return new URL(text)
  } catch {
    throw new ProviderError(`'${text}' is not a URL: write it with its scheme, e.g. https://${text}`)
  }
}

function assertTransportAllowed(url: URL, allowInsecure: boolean): void {
  if (url.protocol === 'https:') return
  if (url.protocol !== 'http:')
    throw new ProviderError(`unsupported URL scheme '${url.protocol}' in ${url.origin}`)
  if (!isLoopbackHost(url) && !allowInsecure) {
    throw new ProviderError(
      `refusing to send credentials over plain http to ${url.host}; use https, or set SECRETS_MANIFEST_ALLOW_HTTP=1 for a trusted network`,
    )
  }
}

/** Errors raised before a byte of the request could reach the server: retrying cannot apply it twice. */
function isBeforeSendError(error: unknown): boolean {
  const code = (error as { code?: string })?.code
  return (
    error instanceof undiciErrors.ConnectTimeoutError ||
    code === 'ECONNREFUSED' ||
    code === 'ENOTFOUND' ||
    code === 'EAI_AGAIN' ||
    code === 'UND_ERR_CONNECT_TIMEOUT'
  )
}

function networkReason(error: unknown, base: URL): string {
  if (error instanceof ProviderError || error instanceof DeadlineError) return error.message
  const code = (error as { code?: string })?.code
  if (code === 'ECONNREFUSED')
    return `connection refused by ${base.host} (is the server URL right and the server up?)`
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return `host not found: ${base.hostname} (check the site URL)`
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT')
    return 'the server did not answer in time'
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') {
    return 'the connection was closed before the server answered'
  }
  return code ? `network error ${code}` : 'network error'
}
