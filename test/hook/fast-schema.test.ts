import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fastValidate } from '../../src/core/manifest/fast-schema.js'
import { manifestSchema } from '../../src/core/manifest/schema.js'
import type { ProviderType } from '../../src/core/seam/provider-spec.js'
import { PROVIDER_CATALOG } from '../../src/providers/registry.js'

// fastValidate stands in for zod in the hook. Zod is the oracle: wherever fastValidate answers, zod must
// accept the same value and produce the very same object (defaults and key order included); wherever zod
// accepts a manifest without URLs, fastValidate must answer too, or the hook would load zod for nothing.
const ManifestSchema = manifestSchema(PROVIDER_CATALOG)

/**
 * Each field: a valid value most of the time and one of the mistakes people make now and then, so that
 * many generated manifests pass the schema and the rest fail it in one or two places.
 */
const mostly = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 40, arbitrary: valid }, { weight: 1, arbitrary: invalid })
const str = (valid: string[], ...invalid: unknown[]) =>
  mostly(fc.constantFrom(...valid), fc.constantFrom('', 7, true, null, ...invalid))
const folder = mostly(
  fc.constantFrom('/', '/a', '/a/b-c_d'),
  fc.constantFrom('a', '/a/', '/a b', '/a/../b', '//', 3),
)
const env = mostly(fc.constantFrom('dev', 'prod', 'qa'), fc.constantFrom('', 1))
const url = fc.constantFrom(
  'https://app.infisical.com',
  'http://127.0.0.1:8080',
  'https://secrets.example.com/infisical',
  'ftp://example.com',
  'https://exa mple.com',
  ' https://example.com ',
  'HTTPS://EXAMPLE.COM',
  'https://example.com?x=1',
  'not a url',
  'http:example.com',
  'http://a:99999',
  42,
)
const opt = <T>(shape: { [K in keyof T]: fc.Arbitrary<T[K]> }, extra = false) =>
  fc.record(extra ? { ...shape, typo: fc.constant(1) } : shape, { requiredKeys: [] })
const strictish = <T>(shape: { [K in keyof T]: fc.Arbitrary<T[K]> }) => mostly(opt(shape), opt(shape, true))

const source = mostly(
  fc.oneof(
    fc.record(
      {
        env: str(['X', 'DB_URL', '_a1'], '1NOPE', 'a-b'),
        allowEmpty: mostly(fc.boolean(), fc.constant('yes')),
      },
      { requiredKeys: ['env'] },
    ),
    fc.record({ literal: mostly(fc.string({ maxLength: 8 }), fc.constant(5)) }),
    fc.record(
      { file: str(['a.txt', '../etc/passwd']), allowEmpty: mostly(fc.boolean(), fc.constant(1)) },
      { requiredKeys: ['file'] },
    ),
    fc.record({
      generate: mostly(
        strictish({
          length: mostly(fc.constantFrom(16, 32, 4096), fc.constantFrom(15, 4097, 20.5, '32', 2 ** 60)),
          charset: mostly(
            fc.constantFrom('hex', 'alphanumeric', 'base64url', 'ascii-printable'),
            fc.constant('binary'),
          ),
        }),
        fc.constantFrom('x', [], null),
      ),
    }),
  ),
  fc.constantFrom(
    { env: 'X', literal: 'y' },
    { literal: 'x', allowEmpty: true },
    { generate: {}, allowEmpty: true },
    { allowEmpty: true },
    { allowEmpty: { env: 'X' } },
    {},
    [],
    'x',
    null,
    { literal: { env: 'X' } },
    { env: { literal: 'x' } },
  ),
)
const value = fc.oneof(
  { weight: 3, arbitrary: source },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.constantFrom('dev', 'prod', 'literal', 'env', '', 'allowEmpty'), source),
  },
)
const secret = strictish({
  key: str(['A', 'DB_URL', 'api-key']),
  path: folder,
  comment: str(['x', 'a b', '']),
  tags: fc.array(str(['db', 'a-b_c'], 'Bad', '-x'), { maxLength: 3 }),
  metadata: fc.dictionary(
    mostly(fc.constantFrom('owner', 'team'), fc.constantFrom('', 'k'.repeat(256))),
    str(['team', ''], 'v'.repeat(1021)),
  ),
  environments: mostly(fc.array(env, { minLength: 1, maxLength: 3 }), fc.constant([])),
  value,
})
/** Each provider's block, by type: the record type makes a new provider's entry required. */
const PROVIDER_BLOCKS: Record<ProviderType, fc.Arbitrary<unknown>[]> = {
  infisical: [
    strictish({
      type: fc.constant('infisical'),
      siteUrl: url,
      projectId: str(['p1']),
      projectSlug: str(['acme']),
    }),
  ],
  enkryptify: [
    fc.record({
      type: fc.constant('enkryptify'),
      workspace: mostly(fc.constantFrom('acme', 'acme-1'), fc.constantFrom('a', 'ACME', 'x'.repeat(49))),
      project: str(['web']),
    }),
    strictish({
      type: fc.constant('enkryptify'),
      apiUrl: url,
      workspace: fc.constant('acme'),
      project: str(['web']),
    }),
  ],
  'prime-intellect': [
    strictish({
      type: fc.constant('prime-intellect'),
      apiUrl: url,
      teamId: str(['t1']),
      updateValues: mostly(fc.constantFrom('never', 'always'), fc.constant('sometimes')),
    }),
  ],
}
const provider = mostly(
  fc.oneof(...PROVIDER_CATALOG.providers.flatMap((p) => PROVIDER_BLOCKS[p.type])),
  fc.constantFrom({ type: 'vault' }, 'infisical', null, {}),
)
const location = strictish({ environment: env, path: folder })
const duplicate = fc.record(
  {
    from: location,
    to: location,
    keys: mostly(
      fc.oneof(fc.constant('*'), fc.array(str(['A']), { minLength: 1, maxLength: 2 })),
      fc.constantFrom('all', []),
    ),
    overwrite: mostly(fc.boolean(), fc.constant('yes')),
    copy: mostly(
      fc.array(fc.constantFrom('value', 'comment', 'tags', 'metadata'), { minLength: 1, maxLength: 3 }),
      fc.constantFrom([], ['owner']),
    ),
  },
  { requiredKeys: ['from', 'to', 'keys'] },
)
const share = fc.record(
  {
    name: str(['s1', 'db'], 'n'.repeat(51)),
    secret: fc.record(
      { key: str(['A']), environment: env, path: folder },
      { requiredKeys: ['key', 'environment'] },
    ),
    expiresIn: mostly(fc.constantFrom('30m', '24h', '7d', '1w'), fc.constantFrom('1y', 'h', '1.5h')),
    maxViews: mostly(fc.constantFrom(1, 5), fc.constantFrom(0, 1.5, '1')),
    access: mostly(fc.constantFrom('organization', 'anyone'), fc.constant('public')),
    password: mostly(fc.record({ env: str(['PW']) }), fc.constantFrom('PW', { env: 'PW', x: 1 })),
  },
  { requiredKeys: ['name', 'secret'] },
)
const rules = strictish({
  key: strictish({
    pattern: str(['^A', '^[A-Z_]+$']),
    maxLength: mostly(fc.constantFrom(1, 64), fc.constantFrom(0, -1, 2.5, '8')),
  }),
  prefixes: fc.dictionary(
    mostly(fc.constantFrom('/', '/backend'), fc.constantFrom('backend', '/a/')),
    str(['BACKEND_']),
  ),
  off: fc.array(str(['upper-case-key']), { maxLength: 3 }),
})
const manifestFields = fc.record(
  {
    version: mostly(fc.constant(1), fc.constantFrom(2, '1')),
    provider,
    environments: mostly(fc.array(env, { minLength: 1, maxLength: 3 }), fc.constantFrom('dev', [])),
    rules,
    secrets: mostly(fc.array(secret, { maxLength: 4 }), fc.constant({})),
    duplicates: fc.array(duplicate, { maxLength: 2 }),
    shares: fc.array(share, { maxLength: 2 }),
    prune: mostly(fc.boolean(), fc.constant('no')),
  },
  { requiredKeys: ['version', 'provider'] },
)
// A top-level typo in one manifest out of twenty.
const manifest = fc
  .tuple(manifestFields, fc.nat(19))
  .map(([fields, n]) => (n === 0 ? { ...fields, enviroments: ['dev'] } : fields))

const hasUrl = (m: unknown): boolean => {
  const p = (m as { provider?: Record<string, unknown> }).provider
  return typeof p === 'object' && p !== null && ('siteUrl' in p || 'apiUrl' in p)
}

describe('fastValidate', () => {
  it('generates the block of every registered provider', () => {
    expect(Object.keys(PROVIDER_BLOCKS).sort()).toEqual(PROVIDER_CATALOG.providers.map((p) => p.type).sort())
  })

  it('builds what zod builds (key order aside), or leaves the manifest to zod', () => {
    const counts = { zodAccepts: 0, fastAnswers: 0 }
    fc.assert(
      fc.property(manifest, (m) => {
        const zod = ManifestSchema.safeParse(m)
        // fastValidate fills defaults in where they stand: give it a copy, as lintFast gives it a fresh parse.
        const fast = fastValidate(structuredClone(m), PROVIDER_CATALOG)
        if (zod.success) counts.zodAccepts++
        if (fast === undefined) {
          if (zod.success && !hasUrl(m)) expect.fail(`fastValidate gave up on a valid manifest without URLs`)
          return
        }
        counts.fastAnswers++
        expect(zod.success, JSON.stringify(m)).toBe(true)
        expect(fast).toStrictEqual(zod.data)
      }),
      { numRuns: Number(process.env.FAST_SCHEMA_RUNS ?? 4000) },
    )
    // Both kinds of answer occur often, so the comparison covers valid and invalid manifests alike.
    expect(counts.zodAccepts).toBeGreaterThan(100)
    expect(counts.fastAnswers).toBeGreaterThan(100)
  })

  it('leaves zod the same answer when it gives up after filling in defaults', () => {
    fc.assert(
      fc.property(manifest, (m) => {
        const copy = structuredClone(m)
        if (fastValidate(copy, PROVIDER_CATALOG) !== undefined) return
        const before = ManifestSchema.safeParse(m)
        const after = ManifestSchema.safeParse(copy)
        expect(after.success).toBe(before.success)
        if (before.success) expect(after.data).toStrictEqual(before.data)
      }),
      { numRuns: Number(process.env.FAST_SCHEMA_RUNS ?? 4000) },
    )
  })

  it('answers the plain URLs self-hosted servers use, and leaves odd ones to zod', () => {
    const withUrl = (siteUrl: string) => ({
      version: 1,
      provider: { type: 'infisical', siteUrl, projectId: 'p' },
    })
    for (const plain of ['https://app.infisical.com', 'http://127.0.0.1:8080', 'https://x.example/infisical'])
      expect(fastValidate(withUrl(plain), PROVIDER_CATALOG)).toStrictEqual(
        ManifestSchema.parse(withUrl(plain)),
      )
    for (const odd of [' https://example.com', 'https://example.com?q=1', 'HTTPS://X.COM'])
      expect(fastValidate(withUrl(odd), PROVIDER_CATALOG)).toBeUndefined()
  })
})
