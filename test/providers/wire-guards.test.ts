import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import * as wire from '../../src/providers/infisical/wire.js'
import * as guard from '../../src/providers/infisical/wire-guards.js'

// The guards of wire-guards.ts stand in for the zod schemas of wire.ts on the happy path; zod is the
// oracle. For every generated reply, valid or a mistake or two away from valid: the guard accepts it
// exactly when zod does, and then returns the very object zod returns (same fields, same order).
// Replies are parsed JSON, so every generated value goes through JSON.stringify and JSON.parse.

const mostly = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: invalid })
const notAString = fc.constantFrom(7, 1.5, true, false, null, [], {}, ['x'], { slug: 'x' })
const str = mostly(fc.string({ maxLength: 5 }), notAString)
const nullishStr = mostly(fc.option(fc.string({ maxLength: 5 }), { nil: null }), notAString)
const notAnObject = fc.constantFrom(null, [], 'x', 3, true, [{}])

/** An object of `shape`: its required keys mostly there, sometimes a key it does not declare, sometimes not an object. */
function object(
  shape: Record<string, fc.Arbitrary<unknown>>,
  required: string[] = [],
): fc.Arbitrary<unknown> {
  const keys = { requiredKeys: required as never[] }
  return mostly(
    fc.oneof(fc.record(shape, keys), fc.record({ ...shape, note: fc.jsonValue({ maxDepth: 1 }) }, keys)),
    fc.oneof(fc.record(shape, { requiredKeys: [] }), notAnObject),
  )
}
const listOf = <T>(item: fc.Arbitrary<T>) => mostly(fc.array(item, { maxLength: 4 }), notAString)
const nullish = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: a }, fc.constant(null))

const slugged = object({ slug: str }, ['slug'])
const wireSecret = object(
  {
    id: nullishStr,
    _id: nullishStr,
    type: nullishStr,
    secretKey: str,
    secretValue: nullishStr,
    secretComment: nullishStr,
    secretValueHidden: mostly(fc.option(fc.boolean(), { nil: null }), fc.constantFrom('true', 0, 1)),
    secretPath: nullishStr,
    tags: nullish(listOf(slugged)),
    secretMetadata: nullish(listOf(object({ key: str, value: nullishStr }, ['key']))),
    metadata: nullish(
      mostly(fc.dictionary(fc.string({ maxLength: 3 }), fc.jsonValue({ maxDepth: 1 })), notAnObject),
    ),
  },
  ['secretKey'],
)
const project = object({ id: str, name: nullishStr, environments: listOf(slugged) }, ['id', 'environments'])
const tag = object({ id: str, slug: str }, ['id', 'slug'])
const approval = nullish(object({ id: nullishStr }))
const anything = fc.jsonValue({ maxDepth: 2 })

type Case = [string, (json: unknown) => unknown, z.ZodType, fc.Arbitrary<unknown>]
const CASES: Case[] = [
  ['login', guard.login, wire.LoginReply, object({ accessToken: str }, ['accessToken'])],
  [
    'secret list',
    guard.secretList,
    wire.SecretListReply,
    object({ secrets: listOf(wireSecret) }, ['secrets']),
  ],
  ['bare project', guard.project, wire.ProjectReply.bare, project],
  [
    '{project}',
    (j) => guard.wrappedProject('project', j),
    wire.ProjectReply.project,
    object({ project }, ['project']),
  ],
  [
    '{workspace}',
    (j) => guard.wrappedProject('workspace', j),
    wire.ProjectReply.workspace,
    object({ workspace: project, project }, ['workspace']),
  ],
  [
    '{tags}',
    (j) => guard.tagList('tags', j),
    wire.TagListReply.tags,
    object({ tags: listOf(tag) }, ['tags']),
  ],
  [
    '{workspaceTags}',
    (j) => guard.tagList('workspaceTags', j),
    wire.TagListReply.workspaceTags,
    object({ workspaceTags: listOf(tag), tags: listOf(tag) }, ['workspaceTags']),
  ],
  ['batch', guard.batch, wire.BatchReply, object({ approval, secrets: anything })],
  [
    'created share',
    guard.createdShare,
    wire.CreatedShareReply,
    object({ sharedSecretLink: str }, ['sharedSecretLink']),
  ],
  [
    'share list',
    guard.shareList,
    wire.ShareListReply,
    object(
      {
        secrets: listOf(
          object(
            {
              id: str,
              name: nullishStr,
              expiresAt: str,
              createdAt: anything,
              accessType: anything,
              expiresAfterViews: anything,
            },
            ['id', 'expiresAt'],
          ),
        ),
      },
      ['secrets'],
    ),
  ],
  [
    'duplicate',
    guard.duplicate,
    wire.DuplicateReply,
    object({ results: listOf(object({ sourceSecretId: nullishStr, approval })) }, ['results']),
  ],
  [
    'error',
    guard.errorReply,
    wire.ErrorReply,
    fc.oneof(anything, object({ message: anything, error: anything })),
  ],
  [
    'validation issue',
    guard.validationIssue,
    wire.ValidationIssue,
    object(
      { path: mostly(fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.integer())), fc.array(anything)) },
      ['path'],
    ),
  ],
]

function agree(check: (json: unknown) => unknown, schema: z.ZodType, json: unknown): void {
  const fast = check(json)
  const zod = schema.safeParse(json)
  expect(fast !== undefined).toBe(zod.success)
  if (!zod.success) return
  expect(fast).toStrictEqual(zod.data)
  expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data))
}

describe('the zod-free reply guards agree with the zod schemas', () => {
  it.each(CASES)('%s', (_name, check, schema, arbitrary) => {
    let accepted = 0
    let rejected = 0
    const asJson = arbitrary.map((v) => JSON.parse(JSON.stringify(v) ?? 'null') as unknown)
    fc.assert(
      fc.property(asJson, (json) => {
        if (schema.safeParse(json).success) accepted++
        else rejected++
        agree(check, schema, json)
      }),
      { numRuns: 1500 },
    )
    // Both sides of the boundary are exercised, or the agreement says nothing.
    expect(accepted).toBeGreaterThan(100)
    expect(rejected).toBeGreaterThan(100)
  })

  it('a `__proto__` key in free-form metadata is dropped, as zod drops it', () => {
    const json = JSON.parse('{"secrets":[{"secretKey":"A","metadata":{"__proto__":{"x":1},"team":"web"}}]}')
    agree(guard.secretList, wire.SecretListReply, json)
    const metadata = guard.secretList(json)?.secrets[0]?.metadata
    expect(metadata).toStrictEqual({ team: 'web' })
    expect(Object.getPrototypeOf(metadata)).toBe(Object.prototype)
  })

  it('an error body that is not an object has no message; a 422 path of numbers and names is kept', () => {
    for (const json of [null, 'x', [], 3]) agree(guard.errorReply, wire.ErrorReply, json)
    agree(guard.validationIssue, wire.ValidationIssue, { path: ['secrets', 0, 'secretKey'], message: 'x' })
  })
})
