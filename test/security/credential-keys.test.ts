import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../src/core/diagnostics.js'
import { lintText } from '../../src/core/lint.js'
import { lintDotenvKeys } from '../../src/core/rules/dotenv.js'
import { PROVIDER_CATALOG } from '../../src/providers/registry.js'
import { runNode } from '../support/sandbox.js'

// A credential pasted where a key belongs: each finding must say so without printing it, in any
// spelling a hint could derive (upper-cased, '-' replaced by '_', a prefix put in front).
const HOOK = new URL('../../dist/hook/index.js', import.meta.url).pathname

const CREDENTIALS = {
  github: 'ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8',
  slack: 'xoxb-1234567890-aBcDeFgHiJkLmNoP',
  stripe: 'sk_live_4eC39HqLyjWDarjtT1zdp7dc',
  prime: 'pit_Zq8Lw2Rt6Yp0Xv4Nm7Kb',
  aws: 'AKIAIOSFODNN7EXAMPLE',
}

/** Every form of `key` a message could carry: as is, case-changed, with separators replaced. */
function forms(key: string): string[] {
  const swapped = key.replace(/[^A-Za-z0-9_]/g, '_')
  const all = [key, swapped].flatMap((k) => [k, k.toUpperCase(), k.toLowerCase()])
  // The random tail alone, in any case, also counts: a hint must not quote part of it either.
  const tail = key.slice(-12)
  return [...all, tail, tail.toUpperCase(), tail.toLowerCase()]
}

function expectNotPrinted(output: string, key: string): void {
  for (const form of forms(key)) expect(output.includes(form), `printed as ${form}`).toBe(false)
}

const manifestFor = (key: string) =>
  `version: 1
provider:
  type: infisical
  projectId: p
environments: [dev, prod]
rules:
  key:
    maxLength: 10
  prefixes:
    /app: APP_
secrets:
  - key: ${key}
    path: /app
    value: { dev: { env: X } }
  - key: ${key}
    path: /app
    value: { dev: { env: X }, prod: { env: Y } }
`

describe('a credential pasted as a key is printed in no form', () => {
  it.each(Object.entries(CREDENTIALS))('manifest findings for a %s token as key', (_name, key) => {
    const diags = lintText(manifestFor(key), 'secrets.yaml', PROVIDER_CATALOG)
    expect(diags.length).toBeGreaterThan(2)
    const out = diags.map(formatDiagnostic).join('\n')
    expect(out).toContain('looks like a credential')
    expectNotPrinted(out, key)
    for (const d of diags.filter((x) => x.hint?.startsWith('rename'))) {
      expect(d.hint).toBe('choose a name for what it holds')
    }
  })

  it.each(Object.entries(CREDENTIALS))('.env.example findings for a %s token as key', (_name, key) => {
    const text = `${key}=\n${key.toLowerCase()}=\n${key}=\n`
    const diags = lintDotenvKeys(text, '.env.example')
    expect(diags.length).toBeGreaterThan(0)
    const out = diags.map(formatDiagnostic).join('\n')
    expectNotPrinted(out, key)
    expect(out).toContain('choose a name for what it holds')
  })

  it('through the hook bundle, for the manifest and .env.example', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-credkey-'))
    const key = CREDENTIALS.slack
    writeFileSync(join(dir, 'secrets.yaml'), manifestFor(key))
    writeFileSync(join(dir, '.env.example'), `${key}=\nDB_URL=\n`)
    const lint = await runNode(HOOK, ['lint', join(dir, 'secrets.yaml')])
    const dotenv = await runNode(HOOK, ['dotenv-keys', join(dir, '.env.example')])
    expect(lint.code).toBe(1)
    expect(dotenv.code).toBe(1)
    for (const r of [lint, dotenv]) expectNotPrinted(r.stdout + r.stderr, key)
    expect(lint.stdout).toContain('choose a name for what it holds')
  })
})
