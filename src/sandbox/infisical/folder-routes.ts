import { memberProject, parse, projectById, requireEnvironment, requirePermission } from './access.js'
import { badRequest, notFound } from './errors.js'
import type { Folder, Project } from './model.js'
import type { Ctx, Reply, RouteDef } from './router.js'
import { joinPath } from './text.js'

function folderView(f: Folder): Record<string, unknown> {
  return {
    id: f.id,
    name: f.name,
    version: f.version,
    createdAt: f.createdAt,
    updatedAt: f.updatedAt,
    envId: f.envId,
    parentId: f.parentId,
    isReserved: false,
    description: f.description,
    lastSecretModified: null,
  }
}

interface CreateInput {
  environment: string
  name: string
  path: string
  description?: string | null
}

/**
 * Missing parents are created (the service walks the path). An existing folder is a 400 on the modern
 * server read for the contract; the October-2024 server answers 200 with the existing folder.
 */
function createFolder(ctx: Ctx, project: Project, input: CreateInput): Reply {
  memberProject(ctx, project)
  requirePermission(ctx, 'create', 'secret-folders')
  requireEnvironment(project, input.environment)
  const full = joinPath(input.path, input.name)
  const existing = ctx.state.folderAt(project.id, input.environment, full)
  if (existing) {
    if (!ctx.legacy)
      throw badRequest(`Folder with name '${input.name}' already exists in path '${input.path}'`)
    return { body: { folder: folderView(existing) } }
  }
  let folder = ctx.state.ensureFolder(project.id, input.environment, full)
  if (input.description) folder = ctx.state.setFolderDescription(folder, input.description)
  const view = folderView(folder)
  return { body: { folder: ctx.legacy ? view : { ...view, path: full } } }
}

/** Unknown environment is a 404; an unknown path simply has no folders. */
function listFolders(
  ctx: Ctx,
  project: Project,
  environment: string,
  path: string,
  recursive: boolean,
): Reply {
  memberProject(ctx, project)
  if (!project.environments.some((e) => e.slug === environment)) {
    throw notFound(`Environment with slug '${environment}' not found`)
  }
  const parent = ctx.state.folderAt(project.id, environment, path)
  if (!parent) return { body: { folders: [] } }
  if (!recursive) return { body: { folders: ctx.state.childFolders(parent.id).map(folderView) } }
  const folders = ctx.state
    .subtree(parent)
    .slice(1)
    .map((f) => ({ ...folderView(f), relativePath: ctx.state.folderPath(f) }))
  return { body: { folders } }
}

export function folderRoutes(legacy: boolean): RouteDef[] {
  const v1: RouteDef[] = [
    {
      method: 'POST',
      path: '/api/v1/folders',
      bucket: 'secrets',
      auth: 'required',
      handler: (ctx) => {
        const body = parse(ctx, ctx.schemas.folderCreateV1, ctx.body)
        return createFolder(ctx, projectById(ctx, body.workspaceId), body)
      },
    },
    {
      method: 'GET',
      path: '/api/v1/folders',
      bucket: 'read',
      auth: 'required',
      handler: (ctx) => {
        const q = parse(ctx, ctx.schemas.folderListV1, ctx.query)
        return listFolders(ctx, projectById(ctx, q.workspaceId), q.environment, q.directory ?? q.path, false)
      },
    },
  ]
  if (legacy) return v1
  return [
    ...v1,
    {
      method: 'POST',
      path: '/api/v2/folders',
      bucket: 'secrets',
      auth: 'required',
      handler: (ctx) => {
        const body = parse(ctx, ctx.schemas.folderCreateV2, ctx.body)
        return createFolder(ctx, projectById(ctx, body.projectId), body)
      },
    },
    {
      method: 'GET',
      path: '/api/v2/folders',
      bucket: 'read',
      auth: 'required',
      handler: (ctx) => {
        const q = parse(ctx, ctx.schemas.folderListV2, ctx.query)
        return listFolders(ctx, projectById(ctx, q.projectId), q.environment, q.path, q.recursive ?? false)
      },
    },
  ]
}
