import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LineCounter, parseDocument, stringify } from 'yaml'
import { parseYamlSubset } from '../../src/core/manifest/fast-yaml.js'
import { createSourceMap } from '../../src/core/manifest/source-map.js'

// The hook's fast YAML reader must agree with `yaml` (as parseManifest configures it) on the value and on
// every position, or give up. `yaml` is the oracle: whatever it rejects, the fast reader must reject too.
function paths(value: unknown, prefix: PropertyKey[] = []): PropertyKey[][] {
  const out: PropertyKey[][] = [prefix, [...prefix, 'missing'], [...prefix, 99]]
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...paths(v, [...prefix, i]))
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]))
  return out
}

/** 'bailed', or 'same' after asserting value and positions match; throws on any disagreement. */
function compare(text: string): 'bailed' | 'same' {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true })
  const fast = parseYamlSubset(text)
  if (!fast) return 'bailed'
  expect(
    doc.errors.map((e) => e.message),
    `yaml rejects what the fast reader accepted:\n${text}`,
  ).toEqual([])
  const value = doc.toJS({ maxAliasCount: 100 })
  expect(fast.value, text).toEqual(value)
  const full = createSourceMap(text, doc, lineCounter)
  for (const path of paths(value)) {
    expect(fast.source.locate(path), `locate ${path.join('.')} in\n${text}`).toEqual(full.locate(path))
    expect(fast.source.locateKey(path), `locateKey ${path.join('.')} in\n${text}`).toEqual(
      full.locateKey(path),
    )
  }
  for (let line = 1; line <= text.split('\n').length; line++)
    expect(fast.source.lineText(line)).toBe(full.lineText(line))
  return 'same'
}

const MANIFEST = `# yaml-language-server: $schema=./schema/secrets-manifest.schema.json
version: 1

provider:
  type: infisical                  # infisical | enkryptify | prime-intellect
  siteUrl: https://app.infisical.com
  projectId: 6f1d0c9e-2b4a-4c1e-9a51-3f7e2d8c1b00   # or projectSlug

environments: [dev, staging, prod] # what this manifest manages

rules:
  key:
    pattern: '^[A-Z][A-Z0-9_]*$'
    maxLength: 64
  prefixes:
    /backend: BACKEND_
  off: [upper-case-key]

secrets:
  - key: BACKEND_DATABASE_URL
    path: /backend                 # default '/'
    comment: Primary Postgres connection, see "docs" [1]
    tags: [database]
    metadata: { owner: platform }
    environments: [dev, prod]
    value:
      dev:  { env: DEV_DATABASE_URL }
      prod: { env: PROD_DATABASE_URL }
  - key: LOG_LEVEL
    value: { literal: info }
  - key: SESSION_SECRET
    value: { generate: { length: 48, charset: alphanumeric } }
  # a comment between items
  - key: TLS_CA
    value: { file: certs/ca.pem }
  - key: 'QUOTED ''KEY'''
  - key: "DOUBLE"
    comment: it's fine, really
secrets2:
- key: A
  value: {literal: "x #y"}
-   key: B
    n: [1, -2, +3, 0x1F, 0o17, 1.5, 1e3, .5, true, False, 'true', "1"]
duplicates:
  - from: { environment: staging, path: /backend }
    to:   { environment: prod, path: /backend }
    keys: [BACKEND_FEATURE_FLAGS]
    overwrite: false
prune: false
`

describe('parseYamlSubset', () => {
  it('reads a full manifest exactly as yaml does', () => {
    expect(compare(MANIFEST)).toBe('same')
  })

  it.each([
    'a: &x 1\nb: *x\n',
    'a: !!str 1\n',
    'a: |\n  text\n',
    'a: >\n  text\n',
    'a: long\n  continued\n',
    'a: "two\n  lines"\n',
    'a: [1,\n  2]\n',
    'a: "esc\\n"\n',
    'a:\nb: 1\n',
    'a: ~\n',
    'a: null\n',
    'a: 1\na: 2\n',
    'a:\tb\n',
    'a: 1\r\nb: 2\r\n',
    '---\na: 1\n',
    'a: b: c\n',
    'a: [1, 2, ]\n',
    '? a\n: b\n',
    '- a\n-\n  - b\n',
    'a: @x\n',
    'a: `x`\n',
    'a: "x"#c\n',
    '__proto__: 1\n',
    `${'k'.repeat(1025)}: 1\n`,
    'a:\n  - x\n b: 1\n',
    'a: 1\n  b: 2\n',
  ])('leaves %j to the full parser', (text) => {
    expect(compare(text)).toBe('bailed')
  })

  // The check for these runs one way on an all-ASCII text and another on any other: both are covered.
  it.each([
    '\t',
    '\r',
    '\v',
    '\f',
    '\u00a0',
    '\u1680',
    '\u2003',
    '\u2028',
    '\u2029',
    '\u202f',
    '\u205f',
    '\u3000',
    '\uFEFF',
  ])('leaves whitespace %j to the full parser, in ASCII text and beside non-ASCII', (space) => {
    expect(parseYamlSubset(`a: x${space}y\n`)).toBeUndefined()
    expect(parseYamlSubset(`a: é\nb: x${space}y\n`)).toBeUndefined()
  })

  it('reads non-ASCII text without exotic whitespace', () => {
    expect(parseYamlSubset('a: é\nb: \u4e2d\u6587\n')?.value).toEqual({ a: 'é', b: '\u4e2d\u6587' })
  })

  it('leaves deep nesting to the full parser instead of exhausting the stack', () => {
    const block = Array.from({ length: 5000 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')
    expect(parseYamlSubset(`${block} 1\n`)).toBeUndefined()
    expect(parseYamlSubset(`a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`)).toBeUndefined()
    // A manifest's own depth is far below the limit.
    expect(
      parseYamlSubset(`${Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} 1\n`),
    ).toBeDefined()
  })

  it('agrees with yaml on generated documents, or gives up', () => {
    const key = fc.constantFrom(
      'a',
      'key',
      'KEY_1',
      '/backend',
      'with space',
      'a:b',
      'dev',
      'x-y',
      'true',
      '1',
      'é',
      '"q"',
      "it's",
    )
    const scalar = fc.oneof(
      fc.constantFrom(
        '',
        'info',
        'true',
        'False',
        '1',
        '-2',
        '1.5',
        '0x1F',
        '0o17',
        '1e3',
        '.inf',
        'a #b',
        'a#b',
        'a: b',
        'a:b',
        '- x',
        '#x',
        "it's",
        '"q"',
        ' lead',
        'trail ',
        '[x]',
        '{y}',
        'x, y',
        'é ü',
        '@at',
        '%p',
        '*star',
        '&amp',
        '!bang',
        '|pipe',
        '>gt',
        '?q',
        ':c',
        'https://x.y/z?a=b#f',
      ),
      fc.string({ maxLength: 12 }),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
    )
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
    })).map
    const options = fc.record({
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
      collectionStyle: fc.constantFrom('any', 'block', 'flow'),
      indent: fc.constantFrom(2, 3, 4),
      indentSeq: fc.boolean(),
      flowCollectionPadding: fc.boolean(),
      comments: fc.array(fc.tuple(fc.nat(), fc.nat(4), fc.boolean()), { maxLength: 3 }),
    })
    let same = 0
    fc.assert(
      fc.property(value, options, (v, { comments, ...opts }) => {
        if (Object.keys(v).length === 0) return
        const lines = stringify(v, { ...opts, lineWidth: 0 } as never).split('\n')
        for (const [at, indent, trailing] of comments) {
          const i = at % lines.length
          if (trailing) lines[i] = `${lines[i]} # note`
          else lines.splice(i, 0, `${' '.repeat(indent)}# note`)
        }
        if (compare(lines.join('\n')) === 'same') same++
      }),
      { numRuns: Number(process.env.FAST_YAML_RUNS ?? 1500) },
    )
    expect(same).toBeGreaterThan(200)
  })

  it('agrees with yaml on hand-written manifests with random edits, or gives up', () => {
    const edit = fc.tuple(
      fc.nat(),
      fc.constantFrom(
        ' ',
        '  ',
        '-',
        '- ',
        ':',
        ': ',
        '#',
        ' #',
        "'",
        '"',
        '[',
        ']',
        '{',
        '}',
        ',',
        '\n',
        '\n  ',
        'x',
        '',
      ),
      fc.nat(3),
    )
    let same = 0
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = MANIFEST
        for (const [at, insert, remove] of edits) {
          const i = at % text.length
          text = text.slice(0, i) + insert + text.slice(i + remove)
        }
        if (compare(text) === 'same') same++
      }),
      { numRuns: Number(process.env.FAST_YAML_RUNS ?? 1500) },
    )
    expect(same).toBeGreaterThan(100)
  })
})
