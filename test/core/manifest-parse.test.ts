import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../src/core/diagnostics.js'
import { parseManifest } from '../../src/core/manifest/parse.js'
import { PROVIDER_CATALOG } from '../../src/providers/registry.js'

const base = `version: 1
provider:
  type: infisical
  projectId: p1
environments: [dev, prod]
`

const lines = (text: string) =>
  parseManifest(text, 'secrets.yaml', PROVIDER_CATALOG).diagnostics.map(formatDiagnostic)

describe('parseManifest', () => {
  it('accepts a complete manifest and applies defaults', () => {
    const r = parseManifest(
      `${base}secrets:\n  - key: A\n    value: { env: A_VALUE }\n`,
      'secrets.yaml',
      PROVIDER_CATALOG,
    )
    expect(r.diagnostics).toEqual([])
    expect(r.parsed?.manifest.secrets[0]).toMatchObject({ key: 'A', path: '/' })
    expect(r.parsed?.manifest.provider).toMatchObject({ siteUrl: 'https://app.infisical.com' })
    expect(r.parsed?.manifest.prune).toBe(false)
  })

  it('points at an unknown field with its line and column', () => {
    expect(lines(`${base}secrets:\n  - key: A\n    valu: { env: X }\n`)).toEqual([
      "secrets.yaml:8:5: manifest-schema: unknown field 'valu' in secrets.0 (check the spelling; `secrets-manifest schema` prints every field)",
    ])
  })

  it('reports a missing required field at the parent', () => {
    const out = lines('version: 1\nenvironments: [dev]\n')
    expect(out).toEqual(['secrets.yaml:1:1: manifest-schema: provider is required (add `provider:`)'])
  })

  it('reports every problem in one pass', () => {
    const out = lines(
      `${base}secrets:\n  - key: A\n    path: backend\n  - key: B\n    environments: [qa]\n  - key: A\n    path: backend/\n`,
    )
    expect(out).toHaveLength(3)
    expect(out[0]).toMatch(/^secrets\.yaml:8:11: manifest-schema: secrets\.0\.path: path must start with/)
    // The item that parsed is still checked against the others.
    expect(out[1]).toMatch(/^secrets\.yaml:10:20: unknown-environment: environment 'qa'/)
    expect(out[2]).toMatch(/^secrets\.yaml:12:11: manifest-schema: secrets\.2\.path/)
  })

  it('reports semantic errors: unknown environment, duplicate key, file outside the repository', () => {
    const out = lines(
      `${base}secrets:\n  - key: A\n    environments: [qa]\n  - key: B\n  - key: B\n    environments: [prod]\n  - key: C\n    value: { file: ../etc/passwd }\n`,
    )
    expect(out).toEqual([
      "secrets.yaml:8:20: unknown-environment: environment 'qa' is not in environments (add 'qa' to environments or fix the name)",
      "secrets.yaml:10:10: duplicate-key: 'B' is declared twice for prod:/ (first on line 9) (merge the two entries or give them different environments or paths)",
      "secrets.yaml:13:20: file-outside-repository: file source '../etc/passwd' leaves the repository (use a relative path inside the repository, without ..)",
    ])
  })

  it('requires a source for every environment when value is a map', () => {
    const out = lines(`${base}secrets:\n  - key: A\n    value:\n      dev: { env: A_DEV }\n`)
    expect(out).toEqual([
      "secrets.yaml:9:7: value-missing-environment: no value source for environment 'prod' of 'A' (add `prod: { env: ... }` or restrict the secret's environments)",
    ])
  })

  it('turns YAML syntax errors and duplicate keys into positioned findings', () => {
    // A repeated key no longer hides the rest: the schema's findings come with it.
    expect(lines('version: 1\nversion: 1\n')).toEqual([
      expect.stringMatching(/^secrets\.yaml:1:1: manifest-schema: provider is required/),
      expect.stringMatching(/^secrets\.yaml:2:1: yaml-syntax: key 'version' appears twice/),
    ])
    expect(lines('a: [1, 2\n')[0]).toMatch(/^secrets\.yaml:\d+:\d+: yaml-syntax: /)
  })

  it('rejects alias bombs and oversized manifests without expanding them', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(', ')}]`,
      )
    expect(lines(bomb.join('\n'))[0]).toMatch(/^secrets\.yaml:1:1: yaml-syntax: .*alias/i)
    expect(lines('#'.repeat(6 * 1024 * 1024))[0]).toMatch(/manifest-too-large/)
  })

  it('never echoes a literal value in a finding', () => {
    const out = lines(`${base}secrets:\n  - key: A\n    value: { literal: s3cr3t-Sentinel, env: X }\n`)
    expect(out.length).toBeGreaterThan(0)
    expect(out.join('\n')).not.toContain('s3cr3t-Sentinel')
  })
})

describe('duplicate keys', () => {
  it('reports a clash once per entry, naming every environment', () => {
    const out = parseManifest(
      `${base}secrets:\n  - key: A\n  - key: A\n`,
      'secrets.yaml',
      PROVIDER_CATALOG,
    ).diagnostics.map(formatDiagnostic)
    expect(out).toEqual([
      "secrets.yaml:8:10: duplicate-key: 'A' is declared twice for dev, prod:/ (first on line 7) (merge the two entries or give them different environments or paths)",
    ])
  })
})
