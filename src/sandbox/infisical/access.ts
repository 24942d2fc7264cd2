import type { z } from 'zod'
import {
  forbidden,
  notFound,
  permissionDenied,
  tokenError,
  unauthorized,
  validationFailure,
} from './errors.js'
import type { Environment, Identity, Project } from './model.js'
import type { Ctx } from './router.js'
import { toLegacyIssues } from './zod-issues.js'

/**
 * Bearer-token check as inject-identity + verifyAuth do it: the server takes the header after its first
 * 7 characters, so the `Bearer ` prefix is mandatory.
 */
export function authenticate(ctx: Ctx, required: boolean): Identity | undefined {
  const header = ctx.headers.authorization
  if (!header) {
    if (required) throw unauthorized('Token missing')
    return undefined
  }
  const resolved = ctx.state.resolveToken(header.slice(7))
  if (!resolved)
    throw tokenError(ctx.legacy ? 'invalid token' : 'Your token has expired. Please re-authenticate.')
  if (resolved.expired)
    throw tokenError(ctx.legacy ? 'jwt expired' : 'Your token has expired. Please re-authenticate.')
  return resolved.identity
}

export function identityOf(ctx: Ctx): Identity {
  if (!ctx.identity) throw unauthorized('Token missing')
  return ctx.identity
}

/** Validates like the route's zod schema: 422 with a zod-issue array (legacy: 401). */
export function parse<S extends z.ZodType>(ctx: Ctx, schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true })
  if (!result.success) throw validationFailure(toLegacyIssues(result.error.issues), ctx.legacy)
  return result.data
}

export function projectById(ctx: Ctx, id: string): Project {
  const project = ctx.state.project(id)
  if (!project) throw notFound(`Project with ID '${id}' not found`)
  return project
}

export function projectBySlug(ctx: Ctx, slug: string): Project {
  const project = ctx.state.projectBySlug(slug)
  if (!project) throw notFound(`Project with slug '${slug}' not found`)
  return project
}

/** Project the caller may use: it must be a member (403 otherwise, as the real permission service answers). */
export function memberProject(ctx: Ctx, project: Project): Project {
  const identity = identityOf(ctx)
  if (!project.members.has(identity.id)) {
    throw forbidden(`Identity with ID '${identity.id}' is not a member of project with ID '${project.id}'`)
  }
  return project
}

/** Viewers may read; every write answers the CASL message, e.g. "You are not allowed to create on secrets". */
export function requirePermission(ctx: Ctx, action: 'create' | 'edit' | 'delete', subject: string): void {
  if (identityOf(ctx).role === 'viewer') throw permissionDenied(action, subject)
}

export function findEnvironment(project: Project, slug: string): Environment | undefined {
  return project.environments.find((e) => e.slug === slug)
}

export function requireEnvironment(project: Project, slug: string): Environment {
  const env = findEnvironment(project, slug)
  if (!env) throw notFound(`Environment with slug '${slug}' in project with ID '${project.id}' not found`)
  return env
}
