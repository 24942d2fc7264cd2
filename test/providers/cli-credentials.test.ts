import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { credentialsFromEnv } from '../../src/cli/plan-command.js'
import { startDemoServer } from '../../src/sandbox/demo-providers.js'
import {
  ENKRYPTIFY_TOKEN,
  enkryptifyHarness,
  type Harness,
  PRIME_KEY,
  primeHarness,
} from '../support/providers.js'

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

async function cli(argv: string[], env: Record<string, string>) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: (t) => (stdout += `${t}\n`),
    stderr: (t) => (stderr += `${t}\n`),
    env,
  })
  return { code, stdout, stderr }
}
const BODY = 'secrets:\n  - key: DB_URL\n    value: { env: DB_SRC }\n'
const VALUE = 'postgres://SENTINEL-cli-value'

describe('credentials from the environment', () => {
  it('collects every provider`s credentials; the manifest`s provider picks its own', () => {
    expect(
      credentialsFromEnv({
        INFISICAL_TOKEN: 'inf',
        ENKRYPTIFY_TOKEN: 'ek_live_x',
        PRIME_API_KEY: 'pit_x',
        PRIME_TEAM_ID: 'team-9',
      }),
    ).toEqual([
      { method: 'token', token: 'inf' },
      { method: 'enkryptify-token', token: 'ek_live_x' },
      { method: 'prime-api-key', apiKey: 'pit_x', teamId: 'team-9' },
    ])
    expect(credentialsFromEnv({})).toEqual([])
  })

  it('plans Enkryptify from the CLI with ENKRYPTIFY_TOKEN, printing neither token nor value', async () => {
    h = await enkryptifyHarness()
    const path = h.manifest(BODY)
    const r = await cli(['plan', '--manifest', path], {
      ENKRYPTIFY_TOKEN,
      DB_SRC: VALUE,
      INFISICAL_TOKEN: 'other',
    })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/\+ create\s+dev:\/\s+DB_URL/)
    expect(r.stdout).toMatch(/\+ create\s+prod:\/\s+DB_URL/)
    for (const leak of [ENKRYPTIFY_TOKEN, VALUE]) expect(r.stdout + r.stderr).not.toContain(leak)
    const missing = await cli(['plan', '--manifest', path], { DB_SRC: VALUE })
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('no Enkryptify token: set ENKRYPTIFY_TOKEN')
  })

  it('plans Prime Intellect from the CLI: the (global) scope and the value policy are stated', async () => {
    h = await primeHarness()
    h.addRemote('DB_URL', 'old')
    const path = h.manifest(BODY)
    const r = await cli(['plan', '--manifest', path, '--verbose'], {
      PRIME_API_KEY: PRIME_KEY,
      DB_SRC: VALUE,
    })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Note: Prime Intellect never returns values')
    expect(r.stdout).toMatch(/= unchanged\s+\(global\):\/\s+DB_URL\s+\(value not verifiable\)/)
    const json = JSON.parse(
      (await cli(['plan', '--manifest', path, '--json'], { PRIME_API_KEY: PRIME_KEY, DB_SRC: VALUE })).stdout,
    )
    expect(json.notes[0]).toMatch(/updateValues: never/)
    for (const leak of [PRIME_KEY, VALUE]) expect(r.stdout + r.stderr).not.toContain(leak)
    const missing = await cli(['plan', '--manifest', path], { DB_SRC: VALUE })
    expect(missing.stderr).toContain('no Prime Intellect API key: set PRIME_API_KEY')
  })

  it.each(['enkryptify', 'prime-intellect'] as const)(
    'the %s demo sandbox prints variables the CLI connects with',
    async (provider) => {
      const demo = await startDemoServer(provider, 0)
      try {
        const env = Object.fromEntries(
          demo.lines
            .filter((l) => l.startsWith('export '))
            .map((l) => l.slice(7).split('=') as [string, string]),
        )
        const header =
          provider === 'enkryptify'
            ? 'provider:\n  type: enkryptify\n  workspace: acme\n  project: web-app\nenvironments: [development]\n'
            : 'provider:\n  type: prime-intellect\n'
        const dir = mkdtempSync(join(tmpdir(), 'sm-demo-'))
        const path = join(dir, 'secrets.yaml')
        writeFileSync(path, `version: 1\n${header}secrets:\n  - key: NEW_KEY\n    value: { literal: x }\n`)
        const r = await cli(['plan', '--manifest', path], env)
        expect(r.code).toBe(0)
        expect(r.stdout).toMatch(/\+ create\s+\S+:\/\s+NEW_KEY/)
        expect(r.stdout).toMatch(/1 remote-only/)
      } finally {
        await demo.close()
      }
    },
  )
})
