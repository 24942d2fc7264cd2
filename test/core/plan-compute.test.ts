import { describe, expect, it } from 'vitest'
import { computePlan, type PlanInput } from '../../src/core/plan/compute.js'
import type { DesiredSecret } from '../../src/core/plan/desired.js'
import { planToJson } from '../../src/core/render/json.js'
import { renderPlanText } from '../../src/core/render/text.js'
import type { RemoteSecret } from '../../src/core/seam/types.js'

const trim = (v: string) => v.trim()
const remote = (key: string, value: string | undefined, extra: Partial<RemoteSecret> = {}): RemoteSecret => ({
  id: `id-${key}`,
  environment: 'dev',
  path: '/',
  key,
  value,
  comment: '',
  tags: [],
  metadata: {},
  ...extra,
})
const want = (
  key: string,
  value: DesiredSecret['value'],
  extra: Partial<DesiredSecret> = {},
): DesiredSecret => ({
  environment: 'dev',
  path: '/',
  key,
  value,
  ...extra,
})
const plan = (desired: DesiredSecret[], secrets: RemoteSecret[], more: Partial<PlanInput> = {}) =>
  computePlan({
    provider: 'infisical',
    project: 'demo',
    desired,
    listings: [{ scope: { environment: 'dev', path: '/' }, exists: true, secrets }],
    normalizeValue: trim,
    prune: false,
    allowDelete: false,
    ...more,
  })
const actions = (p: ReturnType<typeof plan>) =>
  p.items.map((i) => `${i.action} ${i.key}${i.changes ? ` [${i.changes}]` : ''}`)

describe('computePlan', () => {
  it('classifies create, update, unchanged, missing and remote-only', () => {
    const p = plan(
      [
        want('NEW', { kind: 'known', value: 'n' }),
        want('CHANGED', { kind: 'known', value: 'b' }, { comment: 'c' }),
        want('SAME', { kind: 'known', value: '  same ' }),
        want('PRESENT', { kind: 'none' }),
        want('ABSENT', { kind: 'none' }),
      ],
      [remote('CHANGED', 'a'), remote('SAME', 'same'), remote('PRESENT', 'x'), remote('EXTRA', 'e')],
    )
    expect(actions(p)).toEqual([
      'create NEW',
      'update CHANGED [value,comment]',
      'unchanged SAME',
      'unchanged PRESENT',
      'missing ABSENT',
      'remote-only EXTRA',
    ])
    expect(p.summary).toMatchObject({
      create: 1,
      update: 1,
      unchanged: 2,
      missing: 1,
      remoteOnly: 1,
      delete: 0,
    })
    expect(p.hasChanges).toBe(true)
  })

  it('leaves unmanaged fields alone and compares tags as sets', () => {
    const p = plan(
      [
        want('A', { kind: 'known', value: 'v' }, { tags: ['a', 'b'] }),
        want('B', { kind: 'known', value: 'v' }),
      ],
      [
        remote('A', 'v', { tags: ['b', 'a'], comment: 'kept' }),
        remote('B', 'v', { comment: 'x', metadata: { k: 'v' } }),
      ],
    )
    expect(actions(p)).toEqual(['unchanged A', 'unchanged B'])
    expect(p.hasChanges).toBe(false)
  })

  it('never overwrites a generated value and does not compare it', () => {
    const p = plan([want('G', { kind: 'generate', length: 32, charset: 'hex' })], [remote('G', 'whatever')])
    expect(actions(p)).toEqual(['unchanged G'])
  })

  it('marks unavailable and unreadable values as not checked', () => {
    const p = plan(
      [
        want('U', { kind: 'unavailable', reason: 'environment variable U_VALUE is not set' }),
        want('H', { kind: 'known', value: 'v' }),
      ],
      [remote('U', 'x'), remote('H', undefined)],
    )
    expect(p.items.map((i) => [i.key, i.valueChecked, i.valueUnavailable])).toEqual([
      ['U', false, 'environment variable U_VALUE is not set'],
      ['H', false, undefined],
    ])
  })

  // The plan skips the remote-only search when every remote secret is declared; these are the cases
  // where a count alone could be fooled.
  it('finds remote-only keys when the counts match but a declaration is repeated or a path differs', () => {
    const twice = [want('A', { kind: 'known', value: 'a' }), want('A', { kind: 'known', value: 'a' })]
    expect(actions(plan(twice, [remote('A', 'a'), remote('Z', 'z')]))).toContain('remote-only Z')
    // A listing may hold a secret of a folder below its own (a recursive read): same key, other path.
    const below = plan([want('A', { kind: 'known', value: 'a' })], [remote('A', 'a', { path: '/sub' })])
    expect(actions(below)).toEqual(['unchanged A', 'remote-only A'])
  })

  it('deletes remote-only keys only with prune and allow-delete', () => {
    const d = [want('A', { kind: 'known', value: 'v' })]
    const r = [remote('A', 'v'), remote('Z', 'z')]
    expect(actions(plan(d, r, { prune: true }))).toEqual(['unchanged A', 'remote-only Z'])
    expect(actions(plan(d, r, { allowDelete: true }))).toEqual(['unchanged A', 'remote-only Z'])
    expect(actions(plan(d, r, { prune: true, allowDelete: true }))).toEqual(['unchanged A', 'delete Z'])
  })

  it('blocks a secret whose tag does not exist and creates missing folders', () => {
    const p = computePlan({
      provider: 'infisical',
      project: 'demo',
      desired: [
        want('A', { kind: 'known', value: 'v' }, { tags: ['nope'], path: '/x' }),
        want('B', { kind: 'known', value: 'v' }, { path: '/x' }),
      ],
      listings: [{ scope: { environment: 'dev', path: '/x' }, exists: false, secrets: [] }],
      normalizeValue: trim,
      knownTags: new Set(['db']),
      prune: false,
      allowDelete: false,
    })
    expect(actions(p)).toEqual(['blocked A', 'create B'])
    expect(p.items[0]!.note).toContain("'nope'")
    expect(p.foldersToCreate).toEqual([{ environment: 'dev', path: '/x' }])
  })

  it('renders the text of a plan with 200,000 items (no argument-list spread that overflows the stack)', () => {
    const d = Array.from({ length: 200_000 }, (_, i) => want(`K${i}`, { kind: 'known', value: `v${i}` }))
    const text = renderPlanText(plan(d, []), { verbose: true })
    expect(text.split('\n').filter((l) => /create\s+dev:\//.test(l)).length).toBe(200_000)
  })

  it('renders text and JSON without any value', () => {
    const sentinel = 'SENTINEL-value-9f3a'
    const p = plan([want('A', { kind: 'known', value: sentinel })], [remote('A', `${sentinel}-old`)])
    const text = renderPlanText(p, { verbose: true })
    const json = planToJson(p)
    expect(text).toContain('A')
    expect(text).toMatch(/update\s+dev:\/\s+A\s+\(changes: value\)/)
    expect(JSON.parse(json).items[0]).toEqual({
      action: 'update',
      environment: 'dev',
      path: '/',
      key: 'A',
      changes: ['value'],
    })
    for (const out of [text, json]) expect(out).not.toContain(sentinel)
  })
})
