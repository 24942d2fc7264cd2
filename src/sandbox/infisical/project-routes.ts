import { identityOf, memberProject, projectById, projectBySlug } from './access.js'
import type { Project } from './model.js'
import type { Ctx, RouteDef } from './router.js'

function projectView(p: Project): Record<string, unknown> {
  return {
    id: p.id,
    _id: p.id,
    name: p.name,
    slug: p.slug,
    description: null,
    orgId: p.orgId,
    autoCapitalization: p.autoCapitalization,
    version: 3,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    environments: p.environments.map(({ id, name, slug }) => ({ id, name, slug })),
  }
}

function tagsView(p: Project) {
  return p.tags.map(({ id, slug, name, color, projectId, createdAt, updatedAt }) => ({
    id,
    slug,
    name,
    color,
    projectId,
    createdAt,
    updatedAt,
  }))
}

const byIdParam = (ctx: Ctx, param: string) => memberProject(ctx, projectById(ctx, ctx.params[param]!))
const bySlugParam = (ctx: Ctx) => memberProject(ctx, projectBySlug(ctx, ctx.params.slug!))

/**
 * Environments and tags come from the project (there is no list-environments route). The October-2024 server
 * only had the `workspace` routes; newer servers serve both.
 */
export function projectRoutes(legacy: boolean): RouteDef[] {
  const get = (path: string, handler: RouteDef['handler']): RouteDef => ({
    method: 'GET',
    path,
    bucket: 'read',
    auth: 'required',
    handler,
  })
  const deprecated = [
    get('/api/v1/workspace', (ctx) => ({
      body: { workspaces: ctx.state.projectsOf(identityOf(ctx).id).map(projectView) },
    })),
    get('/api/v1/workspace/:workspaceId', (ctx) => ({
      body: { workspace: projectView(byIdParam(ctx, 'workspaceId')) },
    })),
    get('/api/v2/workspace/:slug', (ctx) => ({ body: projectView(bySlugParam(ctx)) })),
    get('/api/v1/workspace/:workspaceId/tags', (ctx) => ({
      body: { workspaceTags: tagsView(byIdParam(ctx, 'workspaceId')) },
    })),
  ]
  if (legacy) return deprecated
  return [
    ...deprecated,
    get('/api/v1/projects', (ctx) => ({
      body: { projects: ctx.state.projectsOf(identityOf(ctx).id).map(projectView) },
    })),
    get('/api/v1/projects/:projectId', (ctx) => ({
      body: { project: projectView(byIdParam(ctx, 'projectId')) },
    })),
    get('/api/v1/projects/slug/:slug', (ctx) => ({ body: projectView(bySlugParam(ctx)) })),
    get('/api/v1/projects/:projectId/tags', (ctx) => ({
      body: { tags: tagsView(byIdParam(ctx, 'projectId')) },
    })),
  ]
}
