import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../src/core/diagnostics.js'
import { lintText } from '../../src/core/lint.js'
import { detectSecret, namesASecret } from '../../src/core/rules/secret-patterns.js'
import { PROVIDER_CATALOG } from '../../src/providers/registry.js'

// Sentinel credentials: shaped like real ones, valid for nothing. Assembled at run time so that
// secret scanners reading this file do not flag it.
const j = (...parts: string[]) => parts.join('')
const POSITIVES: [string, string][] = [
  ['GitHub classic', j('ghp', '_', 'Zq3T9xWv7YbK2mN4pR6sD8fH0jL1cA5eG3iU')],
  ['GitHub OAuth', j('gho', '_', '16C7e42F292c6912E7710c838347Ae178B4a')],
  [
    'GitHub fine-grained',
    j('github', '_pat_', '11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP'),
  ],
  ['AWS key id', j('AKIA', 'Z7Q3T9XW2VBK4NMR')],
  ['AWS session key id', j('ASIA', 'Z7Q3T9XW2VBK4NMR')],
  ['Stripe live', j('sk', '_live_', '51H8xYzAbCdEfGhIjKlMnOpQr')],
  ['Stripe restricted', j('rk', '_live_', '51H8xYzAbCdEfGhIjKlMnOpQr')],
  ['Slack bot', j('xoxb', '-', '123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx')],
  ['Slack, shortest shape', j('xoxp', '-', '1234567890')],
  ['Enkryptify', j('ek', '_live_', 'q7Zr2Lm9XvB4Kd8TnW3s')],
  ['Prime Intellect', j('pit', '_', 'q7Zr2Lm9XvB4Kd8TnW3s')],
  [
    'Infisical service token',
    j(
      'st',
      '.',
      '0a1b2c3d-4e5f-6789-abcd-ef0123456789.',
      '0123456789abcdef0123456789abcdef.',
      'fedcba9876543210fedcba9876543210',
    ),
  ],
  ['private key', j('-----BEGIN ', 'RSA PRIVATE KEY-----\nMIIEow...\n-----END RSA PRIVATE KEY-----')],
  ['OpenSSH key', j('-----BEGIN ', 'OPENSSH PRIVATE KEY-----')],
  [
    'JWT',
    j(
      'eyJ',
      'hbGciOiJIUzI1NiJ9.',
      'eyJ',
      'zdWIiOiIxMjM0NTY3ODkwIn0.',
      'dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
    ),
  ],
  ['URL with a password', j('postgres://app:', 'Pa55w0rd-Q7', '@db.internal:5432/app')],
  ['random base64', 'q7Zr2Lm9XvB4Kd8TnW3sYp1H'],
  [
    'random base64 with symbols',
    'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  ],
  ['random hex', '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
]

const NEGATIVES = [
  'info',
  'true',
  '8080',
  'https://api.example.com/v1/users',
  'postgres://db.internal:5432/app',
  '6f1d0c9e-2b4a-4c1e-9a51-3f7e2d8c1b00',
  'my_feature_flag_enabled_for_all',
  'this-is-a-very-long-feature-flag-name',
  'ProjectAlphaBackendService2024Release',
  'registry.example.com/team/app:v1.2.3',
  'v2.14.3-rc.1+build.20241105',
  'Europe/Berlin_Standard_Time',
  'k8s-prod-cluster-01-nodepool-b2',
  '/usr/local/share/ca-certificates/Corp2024.crt',
  'The quick brown fox jumps over the lazy dog',
  '0000000000000000000000000000000000000000',
  'sk_test_placeholder',
]

describe('detectSecret', () => {
  it.each(POSITIVES)('flags %s', (_, value) => {
    expect(detectSecret(value)).toBeDefined()
  })

  it.each(NEGATIVES)('leaves %s alone', (value) => {
    expect(detectSecret(value)).toBeUndefined()
  })

  it('never returns any part of the value', () => {
    for (const [, value] of POSITIVES) {
      const label = detectSecret(value)!
      for (const piece of value.split(/[^A-Za-z0-9]+/).filter((p) => p.length >= 6))
        expect(label).not.toContain(piece)
    }
  })
})

describe('namesASecret', () => {
  it.each([
    'DB_PASSWORD',
    'GITHUB_TOKEN',
    'JWT_SECRET',
    'STRIPE_SECRET_KEY',
    'API_KEY',
    'AWS_SECRET_ACCESS_KEY',
    'apiToken',
    'SSH_PRIVATE_KEY',
    'DB_PASSWORD_2',
  ])('%s names a secret', (key) => expect(namesASecret(key)).toBe(true))
  it.each([
    'PASSWORD_MIN_LENGTH',
    'TOKEN_URL',
    'SECRET_NAME',
    'CACHE_KEY',
    'PARTITION_KEY',
    'LOG_LEVEL',
    'PUBLIC_KEY',
  ])('%s does not', (key) => expect(namesASecret(key)).toBe(false))
})

describe('literal-looks-secret in a manifest', () => {
  const HEAD =
    'version: 1\nprovider:\n  type: infisical\n  projectId: p1\nenvironments: [dev, prod]\nsecrets:\n'

  it('reports each suspicious literal at its node and never prints the value', () => {
    const lines: string[] = []
    const body = POSITIVES.map(
      ([, value], i) => `  - key: K${i}\n    value: { literal: ${JSON.stringify(value)} }\n`,
    ).join('')
    const ds = lintText(HEAD + body, 'secrets.yaml', PROVIDER_CATALOG)
    const found = ds.filter((d) => d.ruleId === 'literal-looks-secret')
    expect(found.map((d) => `${d.line}:${d.column}`)).toEqual(POSITIVES.map((_, i) => `${8 + 2 * i}:23`))
    for (const d of ds) lines.push(formatDiagnostic(d), JSON.stringify(d))
    const output = lines.join('\n')
    for (const [, value] of POSITIVES) {
      for (const piece of value.split(/[^A-Za-z0-9]+/).filter((p) => p.length >= 6))
        expect(output).not.toContain(piece)
    }
  })

  it('flags a credential pasted as a key, and never prints that key in any finding', () => {
    const token = POSITIVES[0]![1]
    const ds = lintText(`${HEAD}  - key: ${token}\n`, 'secrets.yaml', PROVIDER_CATALOG)
    expect(ds.map((d) => `${d.line}:${d.column}:${d.ruleId}`)).toContain('7:10:literal-looks-secret')
    expect(ds.map((d) => `${d.line}:${d.column}:${d.ruleId}`)).toContain('7:10:upper-case-key')
    const output = ds.map((d) => `${formatDiagnostic(d)}${JSON.stringify(d)}`).join('\n')
    expect(output).not.toContain(token.slice(4))
  })

  it('flags any non-empty literal under a key that names a secret', () => {
    const ds = lintText(
      `${HEAD}  - key: DB_PASSWORD\n    value: { literal: hunter2 }\n  - key: EMPTY_TOKEN\n    value: { literal: "" }\n`,
      'secrets.yaml',
      PROVIDER_CATALOG,
    )
    expect(ds.map(formatDiagnostic)).toEqual([
      "secrets.yaml:8:23: literal-looks-secret: literal value of 'DB_PASSWORD' looks like a credential (the key names a secret) (use { env: NAME }, { file: PATH } or { generate: ... } instead, and rotate it if it was ever committed)",
    ])
  })

  it('leaves ordinary settings and other value sources alone', () => {
    const body = NEGATIVES.map(
      (value, i) => `  - key: SETTING_${i}\n    value: { literal: ${JSON.stringify(value)} }\n`,
    ).join('')
    const more =
      '  - key: DB_PASSWORD\n    value: { env: DB_PASSWORD }\n  - key: SESSION_SECRET\n    value: { generate: { length: 48 } }\n'
    expect(lintText(HEAD + body + more, 'secrets.yaml', PROVIDER_CATALOG)).toEqual([])
  })
})
