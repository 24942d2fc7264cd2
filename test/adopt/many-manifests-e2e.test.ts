import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CLIENT_SECRET,
  PROJECT_ID,
  runNode,
  type Sandbox,
  startSandbox,
  writeManifest,
} from '../support/sandbox.js'

const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname
const VALUE = 'SENTINEL-many-manifests-8d2'

let box: Sandbox
beforeAll(async () => {
  box = await startSandbox()
})
afterAll(() => box.close())

/** A repository with apps/api, apps/web (fine) and apps/bad (another project, which does not exist). */
function monorepo(): string {
  const root = join(writeManifest(''), '..')
  const app = (name: string, body: string) => {
    mkdirSync(join(root, 'apps', name), { recursive: true })
    writeFileSync(
      join(root, 'apps', name, 'secrets.yaml'),
      `version: 1\nprovider:\n  type: infisical\n${body}`,
    )
  }
  app(
    'api',
    `  projectId: ${PROJECT_ID}\nenvironments: [dev]\nsecrets:\n  - key: API_TOKEN\n    path: /api\n    value: { env: V }\n`,
  )
  app('bad', `  projectId: no-such-project\nenvironments: [dev]\nsecrets:\n  - key: X\n`)
  app(
    'web',
    `  projectId: ${PROJECT_ID}\nenvironments: [dev]\nsecrets:\n  - key: WEB_URL\n    path: /web\n    value: { env: V }\n`,
  )
  return root
}

describe('several manifests in one run', () => {
  it('plans and applies each on its own; one failing manifest does not hide the others', async () => {
    const root = monorepo()
    const env = { ...box.env, V: VALUE }
    const plan = await runNode(CLI, ['plan', 'apps/*/secrets.yaml'], { env, cwd: root })
    expect(plan.code).toBe(1)
    expect(plan.stdout).toMatch(/== apps\/api\/secrets\.yaml ==\n[\s\S]*create\s+dev:\/api\s+API_TOKEN/)
    expect(plan.stdout).toMatch(/== apps\/web\/secrets\.yaml ==\n[\s\S]*create\s+dev:\/web\s+WEB_URL/)
    expect(plan.stderr).toMatch(/\[apps\/bad\/secrets\.yaml\] secrets-manifest plan: .*/)
    expect(plan.stderr).toContain(
      '3 manifest(s): 2 without failure, 1 failed (apps/api/secrets.yaml: exit 0, apps/bad/secrets.yaml: exit 1, apps/web/secrets.yaml: exit 0).',
    )

    const json = await runNode(CLI, ['plan', 'apps/api/secrets.yaml', 'apps/web/secrets.yaml', '--json'], {
      env,
      cwd: root,
    })
    expect(json.code).toBe(0)
    const results = JSON.parse(json.stdout)
    expect(results.map((r: { manifest: string; exitCode: number }) => [r.manifest, r.exitCode])).toEqual([
      ['apps/api/secrets.yaml', 0],
      ['apps/web/secrets.yaml', 0],
    ])
    expect(results[0].result.summary.create).toBe(1)

    const apply = await runNode(CLI, ['apply', 'apps/*/secrets.yaml'], { env, cwd: root })
    expect(apply.code).toBe(1)
    expect(box.server.state.listSecrets(PROJECT_ID, 'dev', '/api').map((s) => s.key)).toEqual(['API_TOKEN'])
    expect(box.server.state.listSecrets(PROJECT_ID, 'dev', '/web').map((s) => s.key)).toEqual(['WEB_URL'])
    for (const leak of [VALUE, CLIENT_SECRET])
      expect([plan, json, apply].map((r) => r.stdout + r.stderr).join('')).not.toContain(leak)
  })

  it('refuses flags that name one file', async () => {
    const root = monorepo()
    const r = await runNode(CLI, ['plan', 'apps/*/secrets.yaml', '--out', 'p.json'], {
      env: box.env,
      cwd: root,
    })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--out names one file, so it takes one manifest')
  })
})
