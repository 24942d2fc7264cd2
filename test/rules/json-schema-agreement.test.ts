import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml, stringify } from 'yaml'
import { lintText } from '../../src/core/lint.js'
import { manifestJsonSchema } from '../../src/core/manifest/json-schema.js'
import { eachProperty } from '../../src/core/manifest/json-schema-rules.js'
import { PROVIDER_CATALOG } from '../../src/providers/registry.js'

// The JSON Schema (what an editor checks) and the CLI's own check (`secrets-manifest lint`: schema,
// semantics, provider shape, rules) must give the same verdict. Manifests are generated: a valid base per provider, and
// each base with every mutation below applied, one at a time.
const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false })
const validate = ajv.compile(manifestJsonSchema(PROVIDER_CATALOG))

type Manifest = Record<string, unknown>
const BASES: Record<string, Manifest> = {
  infisical: {
    version: 1,
    provider: { type: 'infisical', siteUrl: 'https://eu.infisical.com', projectId: 'p1' },
    environments: ['dev', 'prod'],
    secrets: [
      {
        key: 'DB_URL',
        path: '/backend',
        tags: ['db'],
        metadata: { owner: 'x' },
        value: { dev: { env: 'A' }, prod: { env: 'B' } },
      },
      { key: 'LOG_LEVEL', value: { literal: 'info' } },
    ],
  },
  enkryptify: {
    version: 1,
    provider: { type: 'enkryptify', workspace: 'acme', project: 'web' },
    environments: ['development', 'production'],
    secrets: [{ key: 'API_URL', value: { env: 'API_URL' } }],
  },
  'prime-intellect': {
    version: 1,
    provider: { type: 'prime-intellect', teamId: 't1' },
    secrets: [{ key: 'HF_TOKEN', value: { env: 'HF_TOKEN' } }],
  },
}

const clone = (m: Manifest): Manifest => structuredClone(m)
const firstSecret = (m: Manifest) => (m.secrets as Manifest[])[0]!
const onSecret = (fields: Manifest) => (m: Manifest) => {
  Object.assign(firstSecret(m), fields)
  return m
}
const withoutSecretField = (field: string) => (m: Manifest) => {
  delete firstSecret(m)[field]
  return m
}
const without = (field: string) => (m: Manifest) => {
  const { [field]: _, ...rest } = m
  return rest
}
/** A duplicate between the manifest's own two environments (or two names when it has none). */
const duplicate = (m: Manifest, extra: Manifest) => {
  const [a = 'dev', b = 'prod'] = (m.environments as string[] | undefined) ?? []
  return { ...m, duplicates: [{ from: { environment: a }, to: { environment: b }, ...extra }] }
}
/** Each mutation returns the changed manifest; every one is applied to every base. */
const MUTATIONS: Record<string, (m: Manifest) => Manifest> = {
  unchanged: (m) => m,
  'version 2': (m) => ({ ...m, version: 2 }),
  'no provider': without('provider'),
  'unknown provider': (m) => ({ ...m, provider: { type: 'vault' } }),
  'unknown top-level field': (m) => ({ ...m, extra: true }),
  'siteUrl without scheme': (m) => ({
    ...m,
    provider: { ...(m.provider as Manifest), siteUrl: 'eu.infisical.com' },
  }),
  'siteUrl ftp': (m) => ({ ...m, provider: { ...(m.provider as Manifest), siteUrl: 'ftp://x.example' } }),
  'apiUrl without scheme': (m) => ({
    ...m,
    provider: { ...(m.provider as Manifest), apiUrl: 'api.example' },
  }),
  'no project id or slug': (m) => {
    const { projectId, ...provider } = m.provider as Manifest
    void projectId
    return { ...m, provider }
  },
  'project slug instead of id': (m) => {
    const { projectId, ...provider } = m.provider as Manifest
    return projectId ? { ...m, provider: { ...provider, projectSlug: 'app' } } : m
  },
  'environments repeated': (m) => ({ ...m, environments: ['dev', 'dev'] }),
  'environments given': (m) => ({ ...m, environments: ['dev'] }),
  'environments removed': without('environments'),
  'empty environments': (m) => ({ ...m, environments: [] }),
  'secret in a folder': onSecret({ path: '/api' }),
  'bad folder': onSecret({ path: 'api' }),
  'secret with tags': onSecret({ tags: ['db'] }),
  'tags repeated': onSecret({ tags: ['db', 'db'] }),
  'secret with metadata': onSecret({ metadata: { a: 'b' } }),
  'secret without value': withoutSecretField('value'),
  'two sources in one': onSecret({ value: { env: 'A', literal: 'b' } }),
  'unknown source': onSecret({ value: { vault: 'x' } }),
  'generate too short': onSecret({ value: { generate: { length: 8 } } }),
  'generate ok': onSecret({ value: { generate: { length: 32, charset: 'hex' } } }),
  'unknown charset': onSecret({ value: { generate: { length: 32, charset: 'emoji' } } }),
  'empty key': onSecret({ key: '' }),
  'unknown secret field': onSecret({ secret: 'x' }),
  'a duplicate': (m) => ({
    ...m,
    duplicates: [
      { from: { environment: 'dev', path: '/' }, to: { environment: 'prod', path: '/' }, keys: '*' },
    ],
  }),
  'copy repeated': (m) => duplicate(m, { keys: ['A'], copy: ['value', 'value'] }),
  'duplicate keys repeated': (m) => duplicate(m, { keys: ['A', 'A'] }),
  'a duplicate of the whole folder': (m) => duplicate(m, { keys: '*' }),
  'secret environments repeated': onSecret({ environments: ['dev', 'dev'] }),
  'rules off repeated': (m) => ({ ...m, rules: { off: ['upper-case-key', 'upper-case-key'] } }),
  'prune not boolean': (m) => ({ ...m, prune: 'yes' }),
  'rules off unknown id': (m) => ({ ...m, rules: { off: ['no-such-rule'] } }),
}

/** Rules a JSON Schema cannot state, so the schema accepts what the CLI refuses. */
const SCHEMA_CANNOT_EXPRESS: Record<string, string> = {
  'a duplicate':
    'a duplicate names environments that must be among `environments` (a reference between values)',
  'environments given':
    "a value map's environments (and `secrets[].environments`) must be among `environments` (a reference between values)",
}

function cliAccepts(m: Manifest): boolean {
  return !lintText(stringify(m), 'secrets.yaml', PROVIDER_CATALOG).some((d) => d.severity === 'error')
}

describe('the JSON Schema and the CLI agree', () => {
  const cases = Object.entries(BASES).flatMap(([provider, base]) =>
    Object.entries(MUTATIONS).map(([name, mutate]) => ({ provider, name, manifest: mutate(clone(base)) })),
  )

  it.each(cases)('$provider, $name', ({ name, manifest }) => {
    const json = parseYaml(stringify(manifest))
    const schemaAccepts = validate(json) === true
    const cli = cliAccepts(manifest)
    if (SCHEMA_CANNOT_EXPRESS[name] && schemaAccepts && !cli) return
    expect({
      schemaAccepts,
      errors: schemaAccepts
        ? []
        : validate.errors?.map(
            (e: { instancePath: string; message?: string }) => `${e.instancePath} ${e.message}`,
          ),
    }).toMatchObject({
      schemaAccepts: cli,
    })
  })

  it('every base is valid and every mutation set has both verdicts', () => {
    for (const base of Object.values(BASES)) expect(cliAccepts(base)).toBe(true)
    const verdicts = new Set(cases.map((c) => cliAccepts(c.manifest)))
    expect(verdicts).toEqual(new Set([true, false]))
  })

  it('every property has a description', () => {
    const missing: string[] = []
    eachProperty(manifestJsonSchema(PROVIDER_CATALOG), (path, node) => {
      if (typeof node.description !== 'string' || !node.description) missing.push(path)
    })
    expect(missing).toEqual([])
  })
})
