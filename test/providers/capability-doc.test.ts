import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderCapabilityTable } from '../../src/providers/capability-table.js'
import { EnkryptifyProvider } from '../../src/providers/enkryptify/provider.js'
import { InfisicalProvider } from '../../src/providers/infisical/provider.js'
import { PrimeIntellectProvider } from '../../src/providers/prime-intellect/provider.js'
import { PROVIDERS } from '../../src/providers/registry.js'

// docs/providers.md carries the table between these markers. Regenerate with:
//   UPDATE_DOCS=1 scripts/node24 node_modules/vitest/vitest.mjs run test/providers/capability-doc.test.ts
const DOCS = [
  new URL('../../docs/providers.md', import.meta.url),
  new URL('../../README.md', import.meta.url),
]
const START = '<!-- capability-table:start -->'
const END = '<!-- capability-table:end -->'

describe('provider capabilities', () => {
  it.each(DOCS)('%s shows the current capability table', (doc) => {
    const text = readFileSync(doc, 'utf8')
    expect(text).toContain(START)
    const current = text.slice(text.indexOf(START) + START.length, text.indexOf(END)).trim()
    const generated = renderCapabilityTable()
    if (process.env.UPDATE_DOCS === '1' && current !== generated)
      writeFileSync(doc, text.replace(current, generated))
    expect(current, `${doc.pathname} is stale: run with UPDATE_DOCS=1 and commit it`).toBe(generated)
  })

  it('every provider starts from its published data', async () => {
    const common = { registerSecret: () => {}, apiUrl: 'https://example.test' }
    const providers = [
      new InfisicalProvider({
        ...common,
        siteUrl: common.apiUrl,
        projectId: 'p',
        credentials: { method: 'token', token: 't' },
      }),
      new EnkryptifyProvider({ ...common, workspace: 'w', project: 'p', token: 'ek_live_x' }),
      new PrimeIntellectProvider({ ...common, apiKey: 'k' }),
    ]
    for (const p of providers) {
      expect(p.capabilities).toEqual(PROVIDERS[p.type].capabilities)
      await p.close()
    }
  })
})
