import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

const SINGLE_CREATE = /^\/api\/v3\/secrets\/raw\/([^/?]+)$/

/**
 * A pass-through in front of the sandbox, one sandbox request per request, so both clients pay the same
 * round trips (with the injected latency) as against Infisical. It bridges two gaps of the sandbox:
 *
 * - It has the batch secret routes our tool uses, not Infisical's single-secret
 *   `POST /api/v3/secrets/raw/{name}` that the SDK's `createSecret` calls (it answers 404 "Route not
 *   found"). Each such call becomes one `POST /api/v3/secrets/batch/raw` holding that one secret, and the
 *   reply is reshaped to the single-secret form.
 * - Its `PATCH /api/v4/secrets/batch` gives every item a `secretPath` of '/' when the item has none
 *   (zod 4 applies the inner `.default('/')` under `.optional()` in request-schemas.ts), so a batch
 *   update in any other folder answers 404. Our provider relies on the request's `secretPath` applying
 *   to items without one; the adapter writes it into each item, which changes nothing else.
 */
export async function startAdapter(target: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    try {
      const body = await readBody(req)
      const path = new URL(req.url ?? '/', 'http://adapter.invalid').pathname
      const single = req.method === 'POST' ? SINGLE_CREATE.exec(path) : null
      const headers: Record<string, string> = {}
      for (const h of ['authorization', 'content-type'])
        if (req.headers[h]) headers[h] = String(req.headers[h])
      if (!single) {
        const r = await fetch(`${target}${req.url}`, {
          method: req.method,
          headers,
          body:
            req.method === 'PATCH' && path === '/api/v4/secrets/batch' ? itemPaths(body) : body || undefined,
        })
        res.writeHead(r.status, { 'content-type': 'application/json' }).end(await r.text())
        return
      }
      const { secretValue, secretComment, secretPath, workspaceId, environment, ...rest } = JSON.parse(body)
      const secret = { secretKey: decodeURIComponent(single[1]!), secretValue, secretComment, ...rest }
      const r = await fetch(`${target}/api/v3/secrets/batch/raw`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ workspaceId, environment, secretPath, secrets: [secret] }),
      })
      const json = (await r.json()) as { secrets?: unknown[] }
      const reply = r.ok ? { secret: json.secrets?.[0] } : json
      res.writeHead(r.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply))
    } catch {
      res.writeHead(502).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

function itemPaths(body: string): string {
  const b = JSON.parse(body) as { secretPath?: string; secrets?: { secretPath?: string }[] }
  for (const item of b.secrets ?? []) item.secretPath ??= b.secretPath ?? '/'
  return JSON.stringify(b)
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
