import { memberProject, parse, projectById, projectBySlug, requirePermission } from './access.js'
import { badRequest } from './errors.js'
import type { Project, StoredSecret } from './model.js'
import type { Ctx, Reply, RouteDef } from './router.js'
import { rawSecret, writtenSecret } from './secret-format.js'
import { holdIfProtected, type Plan, planCreate, planDelete, planUpdate } from './secret-ops.js'

type Action = 'create' | 'edit' | 'delete'
const operations = { create: 'create', edit: 'update', delete: 'delete' } as const

/** Permission, then validation, then either an approval request (nothing written) or one transaction. */
function runWrite(
  ctx: Ctx,
  project: Project,
  env: string,
  action: Action,
  build: () => Plan<StoredSecret[]>,
  format: (s: StoredSecret) => Record<string, unknown>,
): Reply {
  memberProject(ctx, project)
  requirePermission(ctx, action, 'secrets')
  const plan = build()
  const approval = holdIfProtected(ctx, project, env, plan, operations[action])
  if (approval) return { body: { approval } }
  const secrets = ctx.state.transaction(plan.commit)
  return { body: { secrets: secrets.map(format) } }
}

/** v3 routes name the project by `workspaceId` or `projectSlug`. */
function v3Project(ctx: Ctx, body: { workspaceId?: string; projectSlug?: string }): Project {
  if (body.workspaceId) return projectById(ctx, body.workspaceId)
  if (body.projectSlug) return projectBySlug(ctx, body.projectSlug)
  throw badRequest('Must provide either project slug or workspaceId')
}

export function secretWriteRoutes(legacy: boolean): RouteDef[] {
  const route = (method: RouteDef['method'], path: string, handler: RouteDef['handler']): RouteDef => ({
    method,
    path,
    bucket: 'secrets',
    auth: 'required',
    handler,
  })
  const created = (s: StoredSecret) => rawSecret(s, legacy)
  const written = (s: StoredSecret) => writtenSecret(s, legacy)

  const v3 = [
    route('POST', '/api/v3/secrets/raw/:secretName', (ctx) => {
      const { secretReminderNote, secretReminderRepeatDays, type, ...b } = parse(
        ctx,
        ctx.schemas.createOneV3,
        ctx.body,
      )
      if (type === 'personal') throw badRequest('Personal secrets are not supported by this sandbox')
      void secretReminderNote
      void secretReminderRepeatDays
      const project = v3Project(ctx, b)
      const item = {
        secretKey: ctx.params.secretName!,
        secretValue: b.secretValue,
        secretComment: b.secretComment,
        tagIds: b.tagIds,
        skipMultilineEncoding: b.skipMultilineEncoding,
      }
      const reply = runWrite(
        ctx,
        project,
        b.environment,
        'create',
        () => planCreate(ctx, project, b.environment, b.secretPath, [item]),
        created,
      )
      const body = reply.body as { secrets?: unknown[]; approval?: unknown }
      return body.secrets ? { ...reply, body: { secret: body.secrets[0] } } : reply
    }),
    route('POST', '/api/v3/secrets/batch/raw', (ctx) => {
      const b = parse(ctx, ctx.schemas.createV3, ctx.body)
      const project = v3Project(ctx, b)
      return runWrite(
        ctx,
        project,
        b.environment,
        'create',
        () => planCreate(ctx, project, b.environment, b.secretPath, b.secrets),
        created,
      )
    }),
    route('PATCH', '/api/v3/secrets/batch/raw', (ctx) => {
      const b = parse(ctx, ctx.schemas.updateV3, ctx.body)
      const project = v3Project(ctx, b)
      // Legacy drops `mode`, so the default applies: a missing key always fails the whole request.
      return runWrite(
        ctx,
        project,
        b.environment,
        'edit',
        () => planUpdate(ctx, project, b.environment, b.secretPath, b.secrets, b.mode),
        written,
      )
    }),
    route('DELETE', '/api/v3/secrets/batch/raw', (ctx) => {
      const b = parse(ctx, ctx.schemas.deleteV3, ctx.body)
      const project = v3Project(ctx, b)
      const keys = b.secrets.map((s) => s.secretKey)
      return runWrite(
        ctx,
        project,
        b.environment,
        'delete',
        () => planDelete(ctx, project, b.environment, b.secretPath, keys),
        written,
      )
    }),
  ]
  if (legacy) return v3
  return [
    ...v3,
    route('POST', '/api/v4/secrets/batch', (ctx) => {
      const b = parse(ctx, ctx.schemas.createV4, ctx.body)
      const project = projectById(ctx, b.projectId)
      return runWrite(
        ctx,
        project,
        b.environment,
        'create',
        () => planCreate(ctx, project, b.environment, b.secretPath, b.secrets),
        created,
      )
    }),
    route('PATCH', '/api/v4/secrets/batch', (ctx) => {
      const b = parse(ctx, ctx.schemas.updateV4, ctx.body)
      const project = projectById(ctx, b.projectId)
      return runWrite(
        ctx,
        project,
        b.environment,
        'edit',
        () => planUpdate(ctx, project, b.environment, b.secretPath, b.secrets, b.mode),
        written,
      )
    }),
    route('DELETE', '/api/v4/secrets/batch', (ctx) => {
      const b = parse(ctx, ctx.schemas.deleteV4, ctx.body)
      const project = projectById(ctx, b.projectId)
      const keys = b.secrets.map((s) => s.secretKey)
      return runWrite(
        ctx,
        project,
        b.environment,
        'delete',
        () => planDelete(ctx, project, b.environment, b.secretPath, keys),
        written,
      )
    }),
  ]
}
