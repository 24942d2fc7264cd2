import type { IncomingMessage } from 'node:http'

/** The client IP rate limits key on; tests send x-forwarded-for to act as several runners. */
export function clientIpOf(req: IncomingMessage): string {
  const forwarded = req.headers['x-forwarded-for']
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim()
  return first || req.socket.remoteAddress || 'unknown'
}
