import { memberProject, parse, projectById, requirePermission } from './access.js'
import { badRequest, notFound } from './errors.js'
import type { StoredSecret } from './model.js'
import type { Ctx, Reply, RouteDef } from './router.js'
import { approvalView, requireFolder } from './secret-ops.js'

interface Attributes {
  value?: boolean
  comment?: boolean
  tags?: boolean
  metadata?: boolean
  skipMultilineEncoding?: boolean
}

/** Each attribute defaults to false: `{}` copies the key and nothing else. */
function copied(s: StoredSecret, a: Attributes) {
  return {
    value: a.value ? s.value : '',
    comment: a.comment ? s.comment : '',
    tagIds: a.tags ? [...s.tagIds] : [],
    secretMetadata: a.metadata ? s.secretMetadata.map((m) => ({ ...m })) : [],
    skipMultilineEncoding: a.skipMultilineEncoding ? s.skipMultilineEncoding : false,
  }
}

/**
 * Overwriting replaces only the selected attributes of the destination secret and keeps the rest: the
 * contract leaves this UNCONFIRMED, and a client that always sends the attributes it cares about works
 * either way.
 */
function overwritten(target: StoredSecret, s: StoredSecret, a: Attributes, at: string): StoredSecret {
  const c = copied(s, a)
  return {
    ...target,
    value: a.value ? c.value : target.value,
    comment: a.comment ? c.comment : target.comment,
    tagIds: a.tags ? c.tagIds : target.tagIds,
    secretMetadata: a.metadata ? c.secretMetadata : target.secretMetadata,
    skipMultilineEncoding: a.skipMultilineEncoding ? c.skipMultilineEncoding : target.skipMultilineEncoding,
    version: target.version + 1,
    updatedAt: at,
  }
}

function duplicate(ctx: Ctx): Reply {
  const b = parse(ctx, ctx.schemas.duplicate, ctx.body)
  const project = memberProject(ctx, projectById(ctx, b.projectId))
  requirePermission(ctx, 'create', 'secrets')
  if (b.sourceEnvironment === b.destinationEnvironment && b.sourceSecretPath === b.destinationSecretPath) {
    throw badRequest('Cannot duplicate secrets to the same environment and path')
  }
  const source = requireFolder(ctx, project, b.sourceEnvironment, b.sourceSecretPath)
  // Our choice where the contract is silent: the destination folder must exist (404), as `move` requires.
  const dest = requireFolder(ctx, project, b.destinationEnvironment, b.destinationSecretPath)
  const sources = [...new Set(b.secretIds)].map((id) => {
    const s = ctx.state.secretById(id)
    if (!s || s.folderId !== source.id) {
      throw notFound(
        `Secret with ID '${id}' not found in source folder with path '${b.sourceSecretPath}' and environment slug '${b.sourceEnvironment}'`,
      )
    }
    return s
  })
  const existing = sources.map((s) => ctx.state.secretByKey(dest.id, s.key))
  const clash = sources.find((_, i) => existing[i])
  if (clash && !b.shouldOverwrite) {
    throw badRequest(
      `Secret with key '${clash.key}' already exists at destination. Set shouldOverwrite to true to replace it.`,
    )
  }
  const attrs = b.attributesToCopy ?? {}

  const policy = ctx.state.holdingPolicy(project.id, b.destinationEnvironment, b.destinationSecretPath)
  if (policy) {
    const results = sources.map((s) => {
      const record = ctx.state.recordApproval({
        policyId: policy.id,
        projectId: project.id,
        environment: b.destinationEnvironment,
        secretPath: b.destinationSecretPath,
        folderId: dest.id,
        operation: 'duplicate',
        keys: [s.key],
      })
      return { approval: approvalView(record) }
    })
    return { body: { results } }
  }

  const results = ctx.state.transaction(() =>
    sources.map((s, i) => {
      const target = existing[i]
      const written = target
        ? ctx.state.putSecret(overwritten(target, s, attrs, ctx.state.iso()))
        : ctx.state.putSecret(ctx.state.newSecret(dest, { key: s.key, ...copied(s, attrs) }))
      return { sourceSecretId: s.id, sourceSecretKey: s.key, destinationSecretId: written.id }
    }),
  )
  return { body: { results } }
}

export function duplicateRoutes(): RouteDef[] {
  return [
    {
      method: 'POST',
      path: '/api/v4/secrets/duplicate',
      bucket: 'secrets',
      auth: 'required',
      handler: duplicate,
    },
  ]
}
