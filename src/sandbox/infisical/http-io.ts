import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ApiError, badRequest, internalError } from './errors.js'

/** Fastify's default bodyLimit, which Infisical does not override. */
export const BODY_LIMIT = 1024 * 1024

/** Reads the whole body but keeps at most BODY_LIMIT bytes, so an oversized upload can still get its 413. */
export async function readBody(req: IncomingMessage): Promise<{ raw: Buffer; tooLarge: boolean }> {
  const chunks: Buffer[] = []
  let size = 0
  let tooLarge = false
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > BODY_LIMIT) tooLarge = true
    else chunks.push(chunk)
  }
  return { raw: tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks), tooLarge }
}

export type ParsedBody = { ok: true; value: unknown } | { ok: false; error: ApiError }

/** JSON and form bodies (@fastify/formbody is registered); parse failures surface after auth, as in Fastify. */
export function parseBody(
  method: string,
  raw: Buffer,
  contentType: string | undefined,
  legacy: boolean,
): ParsedBody {
  if (method === 'GET' || method === 'HEAD') return { ok: true, value: undefined }
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase()
  const text = raw.toString('utf8')
  const fail = (message: string): ParsedBody => ({
    ok: false,
    error: legacy ? internalError() : badRequest(message),
  })
  if (type === 'application/json') {
    if (text.length === 0) return fail("Body cannot be empty when content-type is set to 'application/json'")
    try {
      return { ok: true, value: JSON.parse(text) }
    } catch {
      return fail("Body is not valid JSON but content-type is set to 'application/json'")
    }
  }
  if (type === 'application/x-www-form-urlencoded') {
    return { ok: true, value: Object.fromEntries(new URLSearchParams(text)) }
  }
  if (text.length === 0) return { ok: true, value: undefined }
  return {
    ok: false,
    error: new ApiError(415, `Unsupported Media Type: ${type || 'undefined'}`, 'UnsupportedMediaType'),
  }
}

/** @fastify/etag is global on the real server: GET answers carry an ETag and honour If-None-Match. */
export function sendJson(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): number {
  const text = body === undefined ? '' : JSON.stringify(body)
  const out: Record<string, string> = { ...headers }
  if (text) out['content-type'] = 'application/json; charset=utf-8'
  if (req.method === 'GET' && status === 200) {
    const etag = `"${createHash('sha1').update(text).digest('base64url')}"`
    out.etag = etag
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end()
      return 304
    }
  }
  out['content-length'] = String(Buffer.byteLength(text))
  res.writeHead(status, out).end(text)
  return status
}

export function clientIp(req: IncomingMessage): string {
  // Infisical reads the real client IP from proxy headers; tests use this to act as several runners.
  const forwarded = req.headers['x-forwarded-for']
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim()
  return first || req.socket.remoteAddress || 'unknown'
}
