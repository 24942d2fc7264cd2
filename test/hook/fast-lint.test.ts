import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lintText } from '../../src/core/lint.js'
import { parseManifest, parseManifestWithYaml } from '../../src/core/manifest/parse.js'
import { lintFast } from '../../src/hook/fast-lint.js'
import { PROVIDER_CATALOG } from '../../src/providers/registry.js'

// The hook answers from lintFast when it can; wherever it answers, it must say exactly what lintText says
// when lintText parses with `yaml` and zod (its own fast path is the same code as lintFast's).
const lintWithYaml = (text: string, file: string) =>
  lintText(text, file, PROVIDER_CATALOG, parseManifestWithYaml)
const HEAD = 'version: 1\nprovider:\n  type: infisical\n  projectId: p1\nenvironments: [dev, prod]\n'
const TOKEN = ['ghp', '_', 'Zq3T9xWv7YbK2mN4pR6sD8fH0jL1cA5eG3iU'].join('')

const MANIFESTS = [
  `${HEAD}secrets:\n  - key: LOG_LEVEL\n    value: { literal: info }\n`,
  `${HEAD}secrets:\n  - key: db-url\n  - key: 9LIVES\n  - key: "a:b"\n  - key: lower # secrets-manifest: allow upper-case-key\n`,
  `${HEAD}secrets:\n  - key: API_URL\n  - key: Api_Url\n    environments: [prod]\n  - key: GH\n    value:\n      dev: { literal: info }\n      prod: { literal: ${TOKEN} }\n`,
  `${HEAD}rules:\n  key: { pattern: '^APP_', maxLength: 8 }\n  prefixes:\n    /backend: BACKEND_\n  off: [upper-case-key, nope, literal-looks-secret]\nsecrets:\n  - key: NAME\n    path: /backend/db\n  - key: APP_LONG_NAME\n`,
  `${HEAD}secrets:\n- key: A\n  environments: [qa]\n- key: B\n- key: B\n  environments: [prod]\n- key: C\n  value: { file: ../etc/passwd }\n`,
  `${HEAD}secrets:\n  - key: DB_PASSWORD\n    comment: "quoted, with: colon"\n    tags: [database, primary]\n    metadata: { owner: platform }\n    value: { literal: hunter2 }\n  # secrets-manifest: allow literal-looks-secret\n  - key: SAMPLE\n    value: { literal: AKIAIOSFODNN7EXAMPLE }\nshares:\n  - name: s1\n    secret: { key: DB_PASSWORD, environment: dev }\n    access: anyone\n`,
  `${HEAD}secrets:\n  - key: A # secrets-manifest: allow no-such-rule\n`,
]

describe('lintFast', () => {
  it.each(MANIFESTS.map((m, i) => [i, m]))(
    'answers manifest %i exactly as lintText does',
    async (_, text) => {
      const fast = await lintFast(text as string, 'secrets.yaml')
      expect(fast).toBeDefined()
      expect(fast).toEqual(lintWithYaml(text as string, 'secrets.yaml'))
    },
  )

  it('leaves broken or unusual manifests to lintText', async () => {
    expect(await lintFast('version: 2\n', 'secrets.yaml')).toBeUndefined()
    expect(
      await lintFast(`${HEAD}secrets:\n  - key: A\n    comment: |\n      block\n`, 'secrets.yaml'),
    ).toBeUndefined()
    expect(await lintFast(`${HEAD}secrets:\n  - key: A\n    valu: x\n`, 'secrets.yaml')).toBeUndefined()
  })

  it('agrees with lintText on randomly edited manifests', async () => {
    const edit = fc.tuple(
      fc.nat(),
      fc.constantFrom(
        ' ',
        '-',
        ':',
        ': ',
        '#',
        ' # secrets-manifest: allow upper-case-key',
        "'",
        '"',
        '{',
        '}',
        ',',
        '\n',
        '\n  ',
        'x',
        'a-b',
        '',
      ),
      fc.nat(3),
    )
    let answered = 0
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...MANIFESTS),
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        async (base, edits) => {
          let text = base
          for (const [at, insert, remove] of edits) {
            const i = at % text.length
            text = text.slice(0, i) + insert + text.slice(i + remove)
          }
          // parseManifest (CLI and action) takes the same fast path first: same manifest, same findings.
          const quick = parseManifest(text, 'secrets.yaml', PROVIDER_CATALOG)
          const full = parseManifestWithYaml(text, 'secrets.yaml', PROVIDER_CATALOG)
          expect(quick.diagnostics, text).toEqual(full.diagnostics)
          expect(quick.parsed?.manifest, text).toEqual(full.parsed?.manifest)
          const fast = await lintFast(text, 'secrets.yaml')
          if (fast === undefined) return
          answered++
          expect(fast, text).toEqual(lintWithYaml(text, 'secrets.yaml'))
        },
      ),
      { numRuns: Number(process.env.FAST_YAML_RUNS ?? 1000) },
    )
    expect(answered).toBeGreaterThan(50)
  })
})
