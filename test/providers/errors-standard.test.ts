import { describe, expect, it } from 'vitest'
import { ProviderError } from '../../src/core/seam/types.js'
import type { HttpResponse } from '../../src/http/client.js'
import { PROVIDER_DEFINITIONS } from '../../src/providers/registry.js'

interface ErrorsModule {
  replyError(operation: string, res: HttpResponse, context?: { tokenHint?: string }): ProviderError
  serverMessage(json: unknown): string
}

const load = (type: string) => import(`../../src/providers/${type}/errors.ts`) as Promise<ErrorsModule>
const reply = (status: number, json: unknown): HttpResponse => ({ status, headers: {}, json })

// Every provider's errors.ts has the same two functions and gives errors in one form (docs/providers.md).
describe.each(PROVIDER_DEFINITIONS.map((d) => d.type))('%s errors.ts', (type) => {
  it('exports replyError and serverMessage', async () => {
    const errors = await load(type)
    expect(typeof errors.replyError).toBe('function')
    expect(typeof errors.serverMessage).toBe('function')
  })

  it('an error reply becomes "<operation> failed: HTTP <status>", with the status and without the body', async () => {
    const { replyError } = await load(type)
    const body = { unexpected: 'SENTINEL-body-7e21' }
    const error = replyError('list secrets', reply(418, body))
    expect(error).toBeInstanceOf(ProviderError)
    expect(error.status).toBe(418)
    expect(error.message).toMatch(/^list secrets failed: HTTP 418( \(.+\))?$/)
    expect(error.message).not.toContain('SENTINEL')
  })

  it('reads no body that is not an object, and clips a long message to its first line', async () => {
    const { serverMessage } = await load(type)
    for (const json of [undefined, null, 'text', 42, []]) expect(serverMessage(json)).toBe('')
    const long = {
      message: `${'x'.repeat(400)}\nSENTINEL-second-line`,
      detail: `${'x'.repeat(400)}\nSENTINEL`,
    }
    const message = serverMessage(long)
    expect(message).toBe(`${'x'.repeat(300)}…`)
  })
})
