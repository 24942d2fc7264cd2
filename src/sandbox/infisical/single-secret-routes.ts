import {
  findEnvironment,
  identityOf,
  memberProject,
  parse,
  projectById,
  projectBySlug,
  requirePermission,
} from './access.js'
import { badRequest, notFound } from './errors.js'
import type { Project, StoredSecret } from './model.js'
import type { Ctx, Reply, RouteDef } from './router.js'
import { listedSecret, writtenSecret } from './secret-format.js'
import { holdIfProtected, planDelete, planUpdate, requireFolder } from './secret-ops.js'

/**
 * The one-secret routes of /api/v3/secrets/raw/:secretName that the official SDK calls for getSecret,
 * updateSecret (with rename) and deleteSecret. Creation by name lives with the batch writes.
 */
export function singleSecretRoutes(): RouteDef[] {
  const path = '/api/v3/secrets/raw/:secretName'
  return [
    { method: 'GET', path, bucket: 'secrets', auth: 'required', handler: getOne },
    { method: 'PATCH', path, bucket: 'secrets', auth: 'required', handler: updateOne },
    { method: 'DELETE', path, bucket: 'secrets', auth: 'required', handler: deleteOne },
  ]
}

function projectOf(
  ctx: Ctx,
  q: { workspaceId?: string; workspaceSlug?: string; projectSlug?: string },
): Project {
  if (q.workspaceId) return projectById(ctx, q.workspaceId)
  const slug = q.workspaceSlug ?? q.projectSlug
  if (slug) return projectBySlug(ctx, slug)
  throw badRequest('Must provide either project slug or workspaceId')
}

/** The secret named in the path, or Infisical's single-secret 404. */
function existing(ctx: Ctx, project: Project, environment: string, path: string): StoredSecret {
  const name = ctx.params.secretName!
  const folder = findEnvironment(project, environment)
    ? ctx.state.folderAt(project.id, environment, path)
    : undefined
  const secret = folder && ctx.state.secretByKey(folder.id, name)
  if (!secret) throw notFound(`Secret with name '${name}' not found`)
  return secret
}

function getOne(ctx: Ctx): Reply {
  const q = parse(ctx, ctx.schemas.listV3, ctx.query)
  const project = projectOf(ctx, q)
  memberProject(ctx, project)
  const environment = q.environment ?? ''
  const secret = existing(ctx, project, environment, q.secretPath)
  const hidden = q.viewSecretValue === false || !identityOf(ctx).canReadValues
  return {
    body: { secret: listedSecret(ctx.state, secret, { legacy: ctx.legacy, path: q.secretPath, hidden }) },
  }
}

function updateOne(ctx: Ctx): Reply {
  const { workspaceId, projectSlug, environment, secretPath, type, metadata, secretKey, ...fields } = parse(
    ctx,
    ctx.schemas.updateOneV3,
    ctx.body,
  )
  void secretKey
  void metadata
  if (type === 'personal') throw badRequest('Personal secrets are not supported by this sandbox')
  const project = projectOf(ctx, { workspaceId, projectSlug })
  memberProject(ctx, project)
  requirePermission(ctx, 'edit', 'secrets')
  requireFolder(ctx, project, environment, secretPath)
  existing(ctx, project, environment, secretPath)
  if (fields.newSecretName !== undefined && fields.newSecretName !== ctx.params.secretName) {
    const folder = ctx.state.folderAt(project.id, environment, secretPath)!
    if (ctx.state.secretByKey(folder.id, fields.newSecretName))
      throw badRequest('Secret with the new name already exists')
  }
  const plan = planUpdate(
    ctx,
    project,
    environment,
    secretPath,
    [{ ...fields, secretKey: ctx.params.secretName! }],
    'failOnNotFound',
  )
  const approval = holdIfProtected(ctx, project, environment, plan, 'update')
  if (approval) return { body: { approval } }
  const [secret] = ctx.state.transaction(plan.commit)
  return { body: { secret: writtenSecret(secret!, ctx.legacy) } }
}

function deleteOne(ctx: Ctx): Reply {
  const b = parse(ctx, ctx.schemas.deleteOneV3, ctx.body)
  if (b.type === 'personal') throw badRequest('Personal secrets are not supported by this sandbox')
  const project = projectOf(ctx, b)
  memberProject(ctx, project)
  requirePermission(ctx, 'delete', 'secrets')
  existing(ctx, project, b.environment, b.secretPath)
  const plan = planDelete(ctx, project, b.environment, b.secretPath, [ctx.params.secretName!])
  const approval = holdIfProtected(ctx, project, b.environment, plan, 'delete')
  if (approval) return { body: { approval } }
  const [secret] = ctx.state.transaction(plan.commit)
  return { body: { secret: writtenSecret(secret!, ctx.legacy) } }
}
