import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { lintText } from '../../src/core/lint.js'
import { parseManifest } from '../../src/core/manifest/parse.js'
import { PROVIDER_CATALOG } from '../../src/providers/registry.js'

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300)

// A manifest-shaped value: valid pieces and plausible mistakes, so mutations land near real bugs.
const key = fc.oneof(
  fc.constantFrom('A', 'DB_URL', 'api-key', '1BAD', 'a:b', ' X ', ''),
  fc.string({ maxLength: 12 }),
)
const source = fc.oneof(
  fc.record({ env: fc.constantFrom('X', 'DB', '1NOPE', '') }),
  fc.record({ literal: fc.string({ maxLength: 20 }) }),
  fc.record({ file: fc.constantFrom('a.txt', '../etc/passwd', '/abs', '') }),
  fc.record({ generate: fc.record({ length: fc.integer({ min: -5, max: 5000 }) }, { requiredKeys: [] }) }),
  fc.anything({ maxDepth: 2 }),
)
const secret = fc.record(
  {
    key,
    path: fc.constantFrom('/', '/a', 'a', '/a/', '/a b', '/a/../b'),
    environments: fc.array(fc.constantFrom('dev', 'prod', 'qa', 1), { maxLength: 3 }),
    value: fc.oneof(source, fc.dictionary(fc.constantFrom('dev', 'prod', 'qa'), source)),
    comment: fc.oneof(fc.string({ maxLength: 10 }), fc.integer()),
    tags: fc.array(fc.constantFrom('db', 'Bad Tag', 'x'), { maxLength: 2 }),
  },
  { requiredKeys: [] },
)
const manifest = fc.record(
  {
    version: fc.constantFrom(1, 2, '1'),
    provider: fc.oneof(
      fc.record(
        { type: fc.constantFrom('infisical', 'vault'), projectId: fc.constantFrom('p', '') },
        { requiredKeys: [] },
      ),
      fc.anything({ maxDepth: 1 }),
    ),
    environments: fc.oneof(fc.array(fc.constantFrom('dev', 'prod', 'dev'), { maxLength: 3 }), fc.string()),
    secrets: fc.oneof(fc.array(secret, { maxLength: 5 }), fc.anything({ maxDepth: 1 })),
    prune: fc.oneof(fc.boolean(), fc.string()),
  },
  { requiredKeys: [] },
)

describe('manifest parsing never crashes and always explains itself', () => {
  it('every generated manifest parses cleanly or yields positioned diagnostics', () => {
    fc.assert(
      fc.property(manifest, (m) => {
        const text = stringify(m)
        const lines = text.split('\n').length
        const result = parseManifest(text, 'secrets.yaml', PROVIDER_CATALOG)
        const diagnostics = result.parsed
          ? lintText(text, 'secrets.yaml', PROVIDER_CATALOG)
          : result.diagnostics
        for (const d of diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1)
          expect(d.line).toBeLessThanOrEqual(lines + 1)
          expect(d.column).toBeGreaterThanOrEqual(1)
          expect(d.ruleId).toMatch(/^[a-z][a-z0-9-]*$/)
        }
        if (!result.parsed) expect(diagnostics.length).toBeGreaterThan(0)
      }),
      { numRuns: RUNS },
    )
  })

  it('arbitrary text mutations of a valid manifest never throw', () => {
    const valid =
      'version: 1\nprovider:\n  type: infisical\n  projectId: p\nenvironments: [dev, prod]\nsecrets:\n  - key: A\n    path: /x\n    value: { env: A }\n'
    const mutation = fc.tuple(fc.nat(valid.length), fc.nat(8), fc.string({ maxLength: 6 }))
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = valid
        for (const [at, cut, insert] of edits) text = text.slice(0, at) + insert + text.slice(at + cut)
        const diagnostics = lintText(text, 'secrets.yaml', PROVIDER_CATALOG)
        for (const d of diagnostics) expect(d.line).toBeGreaterThanOrEqual(1)
      }),
      { numRuns: RUNS },
    )
  })

  it('deep nesting and long documents are rejected or parsed without exhausting the stack', () => {
    const deep = `version: 1\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n`
    expect(() => lintText(deep, 'secrets.yaml', PROVIDER_CATALOG)).not.toThrow()
    const many = `version: 1\nprovider: { type: infisical, projectId: p }\nenvironments: [dev]\nsecrets:\n${Array.from({ length: 20000 }, (_, i) => `  - { key: K${i}, value: { literal: v } }`).join('\n')}\n`
    expect(lintText(many, 'secrets.yaml', PROVIDER_CATALOG).filter((d) => d.severity === 'error')).toEqual([])
  })
})
