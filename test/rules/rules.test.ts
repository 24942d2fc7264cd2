import { describe, expect, it } from 'vitest'
import { type Diagnostic, formatDiagnostic } from '../../src/core/diagnostics.js'
import { lintText } from '../../src/core/lint.js'
import { parseManifest } from '../../src/core/manifest/parse.js'
import { lintManifest } from '../../src/core/rules/index.js'
import { PROVIDER_CATALOG } from '../../src/providers/registry.js'

// Every manifest below starts with these 6 lines, so `secrets:` entries begin on line 7.
const HEAD =
  'version: 1\nprovider:\n  type: infisical\n  projectId: p1\nenvironments: [dev, prod]\nsecrets:\n'
const FILE = 'secrets.yaml'

/** Lints HEAD + body; for other providers the parsed manifest's type is switched before the rules run. */
function lint(body: string, provider = 'infisical'): Diagnostic[] {
  const text = HEAD + body
  if (provider === 'infisical') return lintText(text, FILE, PROVIDER_CATALOG)
  const result = parseManifest(text, FILE, PROVIDER_CATALOG)
  expect(result.diagnostics).toEqual([])
  ;(result.parsed!.manifest.provider as { type: string }).type = provider
  return lintManifest(result.parsed!, PROVIDER_CATALOG)
}

const where = (ds: Diagnostic[], ruleId: string) =>
  ds.filter((d) => d.ruleId === ruleId).map((d) => `${d.file}:${d.line}:${d.column}`)

interface Case {
  rule: string
  provider?: string
  pass: string
  fail: string
  /** Positions of the failing case's findings for `rule`. */
  at: string[]
}

const CASES: Case[] = [
  {
    rule: 'env-var-name',
    pass: '  - key: DB_URL\n',
    fail: '  - key: DB_URL\n  - key: 9LIVES\n  - key: DB.URL\n  - key: "DB URL"\n',
    at: ['secrets.yaml:8:10', 'secrets.yaml:9:10', 'secrets.yaml:10:10'],
  },
  {
    rule: 'upper-case-key',
    pass: '  - key: LOG_LEVEL\n',
    fail: '  - key: LOG_LEVEL\n  - key: logLevel\n',
    at: ['secrets.yaml:8:10'],
  },
  {
    rule: 'case-collision',
    pass: '  - key: API_URL\n  - key: Api_Url\n    path: /other\n',
    fail: '  - key: API_URL\n  - key: Api_Url\n    environments: [prod]\n',
    at: ['secrets.yaml:8:10'],
  },
  {
    rule: 'literal-looks-secret',
    pass: '  - key: LOG_LEVEL\n    value: { literal: info }\n',
    fail: '  - key: GH\n    value:\n      dev: { literal: info }\n      prod: { literal: ghp_0123456789abcdefghijABCDEFGHIJklmnop }\n',
    at: ['secrets.yaml:10:24'],
  },
  {
    rule: 'key-pattern',
    pass: '  - key: APP_NAME\nrules:\n  key: { pattern: "^APP_" }\n',
    fail: '  - key: APP_NAME\n  - key: NAME\nrules:\n  key: { pattern: "^APP_" }\n',
    at: ['secrets.yaml:8:10'],
  },
  {
    rule: 'key-max-length',
    pass: '  - key: SHORT\nrules:\n  key: { maxLength: 5 }\n',
    fail: '  - key: SHORT\n  - key: LONGER\nrules:\n  key: { maxLength: 5 }\n',
    at: ['secrets.yaml:8:10'],
  },
  {
    rule: 'path-prefix',
    pass: '  - key: BACKEND_DB\n    path: /backend/db\n  - key: WEB_DB\n    path: /web\nrules:\n  prefixes: { /backend: BACKEND_ }\n',
    fail: '  - key: BACKEND_DB\n    path: /backend\n  - key: DB\n    path: /backend/db\nrules:\n  prefixes: { /backend: BACKEND_ }\n',
    at: ['secrets.yaml:9:10'],
  },
  {
    rule: 'infisical-key-chars',
    pass: '  - key: A_B\n',
    fail: '  - key: "a:b"\n  - key: a/b\n  - key: " A"\n',
    at: ['secrets.yaml:7:10', 'secrets.yaml:8:10', 'secrets.yaml:9:10'],
  },
  {
    rule: 'enkryptify-key-format',
    provider: 'enkryptify',
    pass: '  - key: db-url_2\n',
    fail: `  - key: A\n  - key: db.url\n  - key: ${'K'.repeat(49)}\n`,
    at: ['secrets.yaml:7:10', 'secrets.yaml:8:10', 'secrets.yaml:9:10'],
  },
  {
    rule: 'enkryptify-comment-length',
    provider: 'enkryptify',
    pass: `  - key: AB\n    comment: ${'c'.repeat(255)}\n`,
    fail: `  - key: AB\n    comment: ${'c'.repeat(256)}\n`,
    at: ['secrets.yaml:8:14'],
  },
  {
    rule: 'enkryptify-value-length',
    provider: 'enkryptify',
    pass: `  - key: AB\n    value: { literal: "${'v '.repeat(32768)}" }\n`,
    fail: `  - key: AB\n    value: { literal: "${'v '.repeat(32768)}x" }\n`,
    at: ['secrets.yaml:8:23'],
  },
  {
    rule: 'prime-intellect-key-format',
    provider: 'prime-intellect',
    pass: '  - key: A1_B\n',
    fail: `  - key: _A\n  - key: A-B\n  - key: A${'B'.repeat(255)}\n`,
    at: ['secrets.yaml:7:10', 'secrets.yaml:8:10', 'secrets.yaml:9:10'],
  },
  {
    rule: 'prime-intellect-comment-length',
    provider: 'prime-intellect',
    pass: `  - key: AB\n    comment: ${'c'.repeat(500)}\n`,
    fail: `  - key: AB\n    comment: ${'c'.repeat(501)}\n`,
    at: ['secrets.yaml:8:14'],
  },
  {
    rule: 'prime-intellect-value-length',
    provider: 'prime-intellect',
    pass: '  - key: AB\n    value: { literal: x }\n',
    fail: '  - key: AB\n    value: { literal: "" }\n',
    at: ['secrets.yaml:8:23'],
  },
  {
    rule: 'unknown-rule-id',
    pass: '  - key: A\nrules:\n  off: [upper-case-key]\n',
    fail: '  - key: A\nrules:\n  off: [upper-case-key, uper-case-key]\n',
    at: ['secrets.yaml:9:25'],
  },
  {
    rule: 'rule-not-switchable',
    pass: '  - key: A\nrules:\n  off: [env-var-name]\n',
    fail: '  - key: A\nrules:\n  off: [env-var-name, literal-looks-secret]\n',
    at: ['secrets.yaml:9:23'],
  },
]

describe('rules: one passing and one failing case each, with exact positions', () => {
  it('covers every manifest rule', () => {
    expect(CASES.map((c) => c.rule).sort()).toEqual(PROVIDER_CATALOG.manifestRules.map((r) => r.id).sort())
  })

  it.each(CASES)('$rule', ({ rule, provider, pass, fail, at }) => {
    expect(where(lint(pass, provider), rule)).toEqual([])
    expect(where(lint(fail, provider), rule)).toEqual(at)
  })

  it('provider rules apply only to their provider', () => {
    const body = '  - key: "a:b"\n  - key: A\n'
    expect(where(lint(body, 'infisical'), 'enkryptify-key-format')).toEqual([])
    expect(where(lint(body, 'enkryptify'), 'infisical-key-chars')).toEqual([])
    expect(where(lint(body, 'enkryptify'), 'enkryptify-key-format')).toEqual([
      'secrets.yaml:7:10',
      'secrets.yaml:8:10',
    ])
    expect(where(lint(body, 'prime-intellect'), 'prime-intellect-key-format')).toEqual(['secrets.yaml:7:10'])
  })

  it('case-collision works for a provider without environments', () => {
    const result = parseManifest(`${HEAD}  - key: API_URL\n  - key: Api_Url\n`, FILE, PROVIDER_CATALOG)
    const manifest = result.parsed!.manifest as { provider: { type: string }; environments: string[] }
    manifest.provider.type = 'prime-intellect'
    manifest.environments = []
    expect(where(lintManifest(result.parsed!, PROVIDER_CATALOG), 'case-collision')).toEqual([
      'secrets.yaml:8:10',
    ])
  })
})

describe('messages', () => {
  it('prints file:line:col: rule-id: message (hint)', () => {
    const out = lint('  - key: db-url\n').map(formatDiagnostic)
    expect(out).toEqual([
      "secrets.yaml:7:10: env-var-name: key 'db-url' contains '-', so it is not a valid environment-variable name (rename it, e.g. to 'db_url')",
      "secrets.yaml:7:10: upper-case-key: key 'db-url' is not upper case (rename it to 'DB_URL')",
    ])
  })

  it('reports every finding in one pass, in file order', () => {
    const out = lint(
      '  - key: 1a\n  - key: "x:y"\n  - key: T\n    value: { literal: AKIAIOSFODNN7EXAMPLE }\n',
    )
    expect(out.map((d) => `${d.line}:${d.column}:${d.ruleId}`)).toEqual([
      '7:10:env-var-name',
      '7:10:upper-case-key',
      '8:10:env-var-name',
      '8:10:upper-case-key',
      '8:10:infisical-key-chars',
      '10:23:literal-looks-secret',
    ])
  })

  it('keeps a finding on one line even for keys with control characters', () => {
    const out = lint('  - key: "A\\nB"\n').map(formatDiagnostic)
    expect(out.length).toBeGreaterThan(0)
    for (const line of out) expect(line).not.toContain('\n')
  })

  it('suggests the closest rule id for a typo in rules.off', () => {
    const out = lint('  - key: A\nrules:\n  off: [case-colision, nothing-like-it]\n').map(formatDiagnostic)
    expect(out).toEqual([
      "secrets.yaml:9:9: unknown-rule-id: 'case-colision' in rules.off is not a rule id (did you mean 'case-collision'?)",
      "secrets.yaml:9:24: unknown-rule-id: 'nothing-like-it' in rules.off is not a rule id (see the rule table in docs/lint-and-hook.md)",
    ])
  })

  it('reports an invalid rules.key.pattern at the pattern', () => {
    expect(where(lint('  - key: A\nrules:\n  key: { pattern: "([A-Z" }\n'), 'key-pattern')).toEqual([
      'secrets.yaml:9:19',
    ])
  })
})

describe('rules.off and inline waivers', () => {
  const bad = '  - key: lower\n'

  it('rules.off switches a built-in rule off', () => {
    expect(where(lint(`${bad}rules:\n  off: [upper-case-key]\n`), 'upper-case-key')).toEqual([])
    expect(where(lint(bad), 'upper-case-key')).toEqual(['secrets.yaml:7:10'])
  })

  it('a waiver at the end of the line waives that rule on that line only', () => {
    const ds = lint('  - key: lower # secrets-manifest: allow upper-case-key\n  - key: other\n')
    expect(where(ds, 'upper-case-key')).toEqual(['secrets.yaml:8:10'])
  })

  it('a waiver alone on the line above waives the next line; several ids may be listed', () => {
    const ds = lint('  # secrets-manifest: allow upper-case-key, env-var-name\n  - key: lower-case\n')
    expect(ds).toEqual([])
  })

  it('a waiver for another rule does not waive', () => {
    expect(where(lint('  - key: lower # secrets-manifest: allow env-var-name\n'), 'upper-case-key')).toEqual([
      'secrets.yaml:7:10',
    ])
  })

  it('a trailing waiver on the line above does not reach the next line', () => {
    const ds = lint('  - key: A # secrets-manifest: allow upper-case-key\n  - key: b\n')
    expect(where(ds, 'upper-case-key')).toEqual(['secrets.yaml:8:10'])
  })

  it('literal-looks-secret can be waived per line', () => {
    const body =
      '  - key: SAMPLE\n    # secrets-manifest: allow literal-looks-secret\n    value: { literal: AKIAIOSFODNN7EXAMPLE }\n'
    expect(where(lint(body), 'literal-looks-secret')).toEqual([])
  })

  it('a waiver naming an unknown rule is itself a finding, at the id', () => {
    const ds = lint('  - key: lower # secrets-manifest: allow upper-case-kee\n')
    expect(ds.filter((d) => d.ruleId === 'unknown-rule-id').map(formatDiagnostic)).toEqual([
      "secrets.yaml:7:42: unknown-rule-id: 'upper-case-kee' is not a rule id (did you mean 'upper-case-key'?)",
    ])
    expect(where(ds, 'upper-case-key')).toEqual(['secrets.yaml:7:10'])
  })

  it('a waiver cannot silence findings about the configuration', () => {
    const ds = lint('  - key: A\nrules:\n  off: [nope] # secrets-manifest: allow unknown-rule-id\n')
    expect(where(ds, 'unknown-rule-id')).toEqual(['secrets.yaml:9:9'])
    expect(where(ds, 'rule-not-switchable')).toEqual(['secrets.yaml:9:41'])
  })
})

describe('lintText', () => {
  it('returns parse diagnostics when the manifest does not parse, and no rule findings', () => {
    const ds = lintText('version: 2\n', FILE, PROVIDER_CATALOG)
    expect(ds.every((d) => d.ruleId === 'manifest-schema')).toBe(true)
  })

  it('returns semantic and rule findings together, sorted', () => {
    const ds = lintText(
      `${HEAD}  - key: a\n    environments: [dev]\n  - key: a\n    environments: [dev]\n`,
      FILE,
      PROVIDER_CATALOG,
    )
    expect(ds.map((d) => `${d.line}:${d.ruleId}`)).toEqual([
      '7:upper-case-key',
      '9:duplicate-key',
      '9:upper-case-key',
    ])
  })
})
