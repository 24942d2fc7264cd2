import { describe, expect, it } from 'vitest'
import { parseManifest } from '../../src/core/manifest/parse.js'
import { computePlan } from '../../src/core/plan/compute.js'
import { desiredSecrets } from '../../src/core/plan/desired.js'
import type { RemoteSecret } from '../../src/core/seam/types.js'
import { PROVIDER_CATALOG } from '../../src/providers/registry.js'

const findings = (text: string) =>
  parseManifest(text, 'secrets.yaml', PROVIDER_CATALOG).diagnostics.map(
    (d) => `${d.line}:${d.column} ${d.ruleId}`,
  )

describe('manifest shape per provider', () => {
  it('requires environments for providers that have them', () => {
    expect(findings('version: 1\nprovider:\n  type: infisical\n  projectId: p\nsecrets: []\n')).toEqual([
      '3:9 environments-required',
    ])
    expect(
      findings('version: 1\nprovider:\n  type: enkryptify\n  workspace: acme\n  project: web\nsecrets: []\n'),
    ).toEqual(['3:9 environments-required'])
  })

  it('refuses per-environment values and secret environments for Prime Intellect', () => {
    const text = [
      'version: 1',
      'provider:',
      '  type: prime-intellect',
      'secrets:',
      '  - key: A_KEY',
      '    environments: [dev]',
      '    value:',
      '      dev: { literal: x }',
      '',
    ].join('\n')
    expect(findings(text)).toEqual([
      '6:19 prime-intellect-no-environments',
      '8:7 prime-intellect-no-environments',
      '6:20 unknown-environment',
    ])
  })

  it('reports folders, tags and metadata Enkryptify cannot hold, at the field', () => {
    const text = [
      'version: 1',
      'provider:',
      '  type: enkryptify',
      '  workspace: acme',
      '  project: web',
      'environments: [dev]',
      'secrets:',
      '  - key: A_KEY',
      '    path: /backend',
      '    tags: [db]',
      '    metadata: { owner: me }',
      '    comment: fine',
      '',
    ].join('\n')
    expect(findings(text)).toEqual([
      '9:11 enkryptify-no-folders',
      '10:11 enkryptify-no-tags',
      '11:15 enkryptify-no-metadata',
    ])
  })

  it('scopes Prime Intellect secrets to the one (global) label', () => {
    const { parsed } = parseManifest(
      'version: 1\nprovider:\n  type: prime-intellect\n  teamId: t1\n  updateValues: always\nsecrets:\n  - key: A_KEY\n    value: { literal: x }\n',
      'secrets.yaml',
      PROVIDER_CATALOG,
    )
    expect(parsed!.manifest.provider).toMatchObject({
      type: 'prime-intellect',
      teamId: 't1',
      updateValues: 'always',
    })
    expect(
      desiredSecrets(
        parsed!.manifest,
        () => ({ unavailable: 'n/a' }),
        PROVIDER_CATALOG.get('prime-intellect').capabilities,
      ).map((d) => d.environment),
    ).toEqual(['(global)'])
  })
})

describe('computePlan with unreadable values', () => {
  const remote = (key: string, comment = ''): RemoteSecret => ({
    id: key,
    environment: '(global)',
    path: '/',
    key,
    value: undefined,
    comment,
    tags: [],
    metadata: {},
  })
  const plan = (valuePolicy: 'never' | 'always' | undefined) =>
    computePlan({
      provider: 'prime-intellect',
      providerName: 'Prime Intellect',
      project: 'personal secrets',
      desired: [
        { environment: '(global)', path: '/', key: 'SAME', value: { kind: 'known', value: 'v' } },
        {
          environment: '(global)',
          path: '/',
          key: 'DESC',
          value: { kind: 'known', value: 'v' },
          comment: 'new',
        },
        {
          environment: '(global)',
          path: '/',
          key: 'GEN',
          value: { kind: 'generate', length: 32, charset: 'hex' },
        },
        { environment: '(global)', path: '/', key: 'NEW', value: { kind: 'known', value: 'v' } },
      ],
      listings: [
        {
          scope: { environment: '(global)', path: '/' },
          exists: true,
          secrets: [remote('SAME'), remote('DESC', 'old'), remote('GEN')],
        },
      ],
      normalizeValue: (v) => v,
      prune: false,
      allowDelete: false,
      valuePolicy,
    })
  const rows = (p: ReturnType<typeof plan>) =>
    p.items.map((i) => `${i.action} ${i.key} [${i.changes ?? ''}] ${i.note ?? ''}`.trim())

  it('never: existing values are unchanged and "not verifiable"; other fields still compare', () => {
    const p = plan('never')
    expect(rows(p)).toEqual([
      'unchanged SAME [] value not verifiable',
      'update DESC [comment] value not verifiable',
      'unchanged GEN [] generated value: kept as it is',
      'create NEW []',
    ])
    expect(p.notes).toEqual([
      expect.stringMatching(/^Prime Intellect never returns values.*updateValues: never/),
    ])
    expect(p.items[0]!.valueChecked).toBe(false)
  })

  it('always: every declared value is an update, generated ones are still kept', () => {
    expect(rows(plan('always'))).toEqual([
      'update SAME [value] value always written',
      'update DESC [value,comment] value always written',
      'unchanged GEN [] generated value: kept as it is',
      'create NEW []',
    ])
  })

  it('without a policy the plan is as before (no notes)', () => {
    const p = plan(undefined)
    expect(p.notes).toBeUndefined()
    expect(rows(p)[0]).toBe('unchanged SAME [] value not checked: not readable')
  })
})
