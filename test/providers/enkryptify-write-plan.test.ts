import { describe, expect, it } from 'vitest'
import type { ProjectChange } from '../../src/core/seam/types.js'
import { planWrites } from '../../src/providers/enkryptify/write-plan.js'

const ids = new Map([
  ['dev', '11111111-1111-4111-8111-111111111111'],
  ['prod', '22222222-2222-4222-8222-222222222222'],
])
const create = (key: string, environment: string, value: string): ProjectChange => ({
  action: 'create',
  scope: { environment, path: '/' },
  secret: { key, value },
})

describe('Enkryptify write planning', () => {
  it('chunks a group of new keys at the batch size', () => {
    const changes = Array.from({ length: 150 }, (_, i) =>
      ['dev', 'prod'].map((env) => create(`KEY_${i}`, env, 'same')),
    ).flat()
    const plan = planWrites(changes, [], ids, 100)
    expect(plan.creates.map((c) => [c.environments.length, c.secrets.length, c.changes.length])).toEqual([
      [2, 100, 200],
      [2, 50, 100],
    ])
    expect(plan.writes).toEqual([])
  })

  it('removes only the shared value of a deleted environment and keeps a personal one', () => {
    const remote = {
      id: 's1',
      name: 'KEY',
      note: 'n',
      values: [
        { environmentId: ids.get('dev')!, value: 'shared', isPersonal: false },
        { environmentId: ids.get('dev')!, value: 'mine', isPersonal: true },
      ],
    }
    const plan = planWrites(
      [{ action: 'delete', scope: { environment: 'dev', path: '/' }, secret: { key: 'KEY' } }],
      [remote],
      ids,
      100,
    )
    expect(plan.writes).toEqual([
      {
        id: 's1',
        key: 'KEY',
        changes: [0],
        body: {
          name: 'KEY',
          note: 'n',
          type: 'runtime',
          dataType: 'text',
          values: [{ environmentId: ids.get('dev'), value: 'mine', isPersonal: true }],
        },
      },
    ])
  })

  it('fails what Enkryptify would reject, before any request', () => {
    const plan = planWrites([create('X', 'dev', 'v'), create('OK_KEY', 'qa', 'v')], [], ids, 100)
    expect(plan.failed.map((f) => f.reason)).toEqual([
      'key X is not 2–48 characters of A-Z a-z 0-9 _ -, which Enkryptify requires',
      "environment 'qa' does not exist in the Enkryptify project",
    ])
    expect(plan.creates).toEqual([])
  })
})
