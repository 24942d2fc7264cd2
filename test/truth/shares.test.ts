import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runNode, type Sandbox, startSandbox, writeManifest } from '../support/sandbox.js'

const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname
const VALUE = 'SENTINEL-share-source-81fa'

let box: Sandbox
beforeAll(async () => {
  box = await startSandbox()
})
afterAll(() => box.close())

const share = (settings: string) =>
  `environments: [dev]\nsecrets:\n  - key: DB_URL\n    environments: [dev]\n    value: { env: DB_URL }\nshares:\n  - name: onboarding\n    secret: { key: DB_URL, environment: dev }\n${settings}`

describe('share links that drifted, and shares a provider cannot make (CLI bundle)', () => {
  it('reports a live link whose declared settings changed, with what to do, and --fail-on-drift sees it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-links-'))
    const env = { ...box.env, DB_URL: VALUE }
    const first = writeManifest(share('    expiresIn: 24h\n'))
    const apply = await runNode(
      CLI,
      ['apply', '--manifest', first, '--share-links-file', join(dir, 'links.json')],
      { env },
    )
    expect(apply.code).toBe(0)
    expect(JSON.parse(readFileSync(join(dir, 'links.json'), 'utf8'))).toHaveLength(1)
    // Same name, same settings: the live link is reported and nothing is stale.
    const same = await runNode(CLI, ['plan', '--manifest', first, '--fail-on-drift'], { env })
    expect(same.code).toBe(0)

    const changed = writeManifest(
      share('    expiresIn: 48h\n    access: anyone\n    password: { env: SHARE_PW }\n'),
    )
    const plan = await runNode(CLI, ['plan', '--manifest', changed], {
      env: { ...env, SHARE_PW: 'pw-SENTINEL-1' },
    })
    expect(plan.stdout).toMatch(
      /~ share-stale\s+dev:\/\s+DB_URL\s+\(share-stale: expiry, access differ from the live link \(until [^)]+\); a link cannot be changed: give the share a new `name` to make a new link with these settings\)/,
    )
    expect(plan.stdout).toContain('1 stale share link(s)')
    const drift = await runNode(CLI, ['plan', '--manifest', changed, '--fail-on-drift'], {
      env: { ...env, SHARE_PW: 'pw-SENTINEL-1' },
    })
    expect(drift.code).toBe(3)
    for (const r of [apply, same, plan, drift]) expect(r.stdout + r.stderr).not.toContain(VALUE)
  })

  it('lint reports shares on providers without share links, at the share', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-noshare-'))
    const files = {
      enkryptify:
        'version: 1\nprovider: { type: enkryptify, workspace: acme, project: web }\nenvironments: [development]\nsecrets:\n  - key: A\n    value: { literal: a }\nshares:\n  - name: one\n    secret: { key: A, environment: development }\n',
      'prime-intellect':
        'version: 1\nprovider: { type: prime-intellect }\nsecrets:\n  - key: A\n    value: { literal: a }\nshares:\n  - name: one\n    secret: { key: A, environment: dev }\n',
    }
    for (const [type, text] of Object.entries(files)) {
      const path = join(dir, `${type}.yaml`)
      writeFileSync(path, text)
      const r = await runNode(CLI, ['lint', path])
      expect(r.code).toBe(1)
      const line = type === 'enkryptify' ? 8 : 7
      expect(r.stdout).toContain(`${path}:${line}:5: ${type}-no-shares: `)
    }
  })
})
