import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Outcomes } from '../../src/apply/outcomes.js'
import { applyShares } from '../../src/apply/shares.js'
import type { PlanItem } from '../../src/core/plan/types.js'
import type { Provider } from '../../src/core/seam/types.js'
import { InfisicalProvider } from '../../src/providers/infisical/provider.js'
import {
  CLIENT_SECRET,
  PROJECT_ID,
  runNode,
  type Sandbox,
  startSandbox,
  writeManifest,
} from '../support/sandbox.js'

const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname
const VALUE = 'postgres://app:SENTINEL-lost-reply-81aa@db:5432/app'

/** A write whose reply was lost is found again and reported truthfully, never silently done. */
describe('lost replies (CLI bundle, real HTTP)', () => {
  let box: Sandbox
  beforeEach(async () => {
    box = await startSandbox()
    box.server.state.addSecret(PROJECT_ID, 'dev', '/', { key: 'DB_URL', value: VALUE })
    box.server.state.addSecret(PROJECT_ID, 'staging', '/', { key: 'FLAGS', value: 'a,b,c' })
  })
  afterEach(() => box.close())

  const shareManifest = () =>
    writeManifest(
      'environments: [dev]\nshares:\n  - name: onboarding-db\n    secret: { key: DB_URL, environment: dev }\n',
    )

  it.each(['reset-after', 'truncate-after'] as const)(
    'a share whose create reply was lost (%s) is found by name and its link delivered, created once',
    async (kind) => {
      const path = shareManifest()
      box.server.faults.add({ kind, method: 'POST', path: /shared-secrets$/ })
      const links = `${path}.links.json`
      const r = await runNode(CLI, ['apply', '--manifest', path, '--share-links-file', links], {
        env: box.env,
      })
      expect(r.stdout).toMatch(
        /applied\s+dev:\/\s+DB_URL\s+\(share · the reply was lost; the share was found by name/,
      )
      expect(r.code).toBe(0)
      const shares = box.server.state.shares()
      expect(shares).toHaveLength(1)
      const [link] = JSON.parse(readFileSync(links, 'utf8'))
      expect(link.url).toBe(`${box.server.url}/shared/secret/${shares[0]!.id}`)
      expect(`${r.stdout}${r.stderr}`).not.toContain(shares[0]!.id)

      const again = await runNode(CLI, ['plan', '--manifest', path, '--json'], { env: box.env })
      expect(JSON.parse(again.stdout).items[0].action).toBe('share-live')
    },
  )

  it('a share create lost before it reached the server is reported failed, not done', async () => {
    const path = shareManifest()
    box.server.faults.add({ kind: 'reset-before', method: 'POST', path: /shared-secrets$/, times: 5 })
    const r = await runNode(CLI, ['apply', '--manifest', path, '--share-links-file', `${path}.links`], {
      env: box.env,
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/failed\s+dev:\/\s+DB_URL/)
    expect(box.server.state.shares()).toHaveLength(0)
  })

  it('a duplicate whose reply was lost is reported "outcome unknown, settled: applied"', async () => {
    const path = writeManifest(
      'environments: [staging, prod]\nduplicates:\n  - from: { environment: staging }\n    to: { environment: prod }\n    keys: [FLAGS]\n',
    )
    box.server.faults.add({ kind: 'reset-after', method: 'POST', path: /\/secrets\/duplicate$/ })
    const r = await runNode(CLI, ['apply', '--manifest', path], { env: box.env })
    expect(r.stdout).toMatch(/applied\s+prod:\/\s+FLAGS\s+\(duplicate · outcome unknown, settled: applied\)/)
    expect(r.code).toBe(0)
    expect(box.server.state.listSecrets(PROJECT_ID, 'prod', '/').map((s) => s.key)).toEqual(['FLAGS'])
  })

  it('where the link cannot be rebuilt, the share is reported "created, link lost" with the start of its id', async () => {
    const real = new InfisicalProvider({
      siteUrl: box.server.url,
      projectId: PROJECT_ID,
      credentials: { method: 'universal', clientId: 'ci-identity', clientSecret: CLIENT_SECRET },
      registerSecret: () => {},
    })
    await real.connect()
    // A provider that can list and create shares but not rebuild a link from a listed one.
    const provider = {
      capabilities: real.capabilities,
      listShares: () => real.listShares(),
      createShare: (r: Parameters<NonNullable<Provider['createShare']>>[0]) => real.createShare(r),
    } as unknown as Provider
    const item: PlanItem = {
      action: 'share',
      environment: 'dev',
      path: '/',
      key: 'DB_URL',
      share: { name: 'onboarding-db', expiresIn: '24h', maxViews: 1, access: 'organization' },
    }
    box.server.faults.add({ kind: 'reset-after', method: 'POST', path: /shared-secrets$/ })
    const outcomes = new Outcomes()
    const links = await applyShares(provider, [item], () => VALUE, {}, outcomes, {
      perMinute: 5,
      now: () => 0,
      sleep: async () => {},
    })
    await real.close()
    const [share] = box.server.state.shares()
    expect(links).toEqual([])
    expect(outcomes.get(item)).toEqual({
      outcome: 'failed',
      reason: expect.stringMatching(
        /^share 'onboarding-db' was created, link lost: delete it in the UI or wait for expiry \(id .{6}…, expires /,
      ),
    })
    expect(outcomes.get(item)!.reason).toContain(share!.id.slice(0, 6))
    expect(outcomes.get(item)!.reason).not.toContain(share!.id)
  })
})
