import { findEnvironment, identityOf, memberProject, parse, projectById, projectBySlug } from './access.js'
import { badRequest, notFound } from './errors.js'
import type { Project, StoredSecret } from './model.js'
import type { Ctx, Reply, RouteDef } from './router.js'
import { listedSecret, tagsOf } from './secret-format.js'
import type { SandboxState } from './state.js'

interface ListQuery {
  environment?: string
  secretPath: string
  expandSecretReferences?: boolean
  recursive?: boolean
  include_imports?: boolean
  tagSlugs?: string
  viewSecretValue?: boolean
  metadataFilter?: string
}

const MAX_REFERENCE_DEPTH = 5

/**
 * `${KEY}` (same folder) and `${env.a.b.KEY}` (another env/path) references. Dangling references stay
 * literal, as on newer servers; cross-project `${@slug...}` references are left alone.
 */
function expand(
  state: SandboxState,
  s: { projectId: string; env: string; path: string },
  value: string,
  depth = 0,
): string {
  return value.replace(/\$\{([^}]+)\}/g, (whole, inner: string) => {
    if (depth >= MAX_REFERENCE_DEPTH || inner.trim().startsWith('@')) return whole
    const parts = inner.trim().split('.')
    const key = parts.at(-1)!
    const env = parts.length > 1 ? parts[0]! : s.env
    const path = parts.length > 1 ? `/${parts.slice(1, -1).join('/')}` : s.path
    const folder = state.folderAt(s.projectId, env, path)
    const target = folder && state.secretByKey(folder.id, key)
    return target ? expand(state, { projectId: s.projectId, env, path }, target.value, depth + 1) : whole
  })
}

/** `key=<k>,value=<v>|key=...`: every pair must match an unencrypted metadata entry. */
function metadataMatcher(filter: string | undefined): (s: StoredSecret) => boolean {
  if (!filter) return () => true
  const pairs = filter.split('|').map((pair) => {
    const fields = Object.fromEntries(
      pair.split(',').map((kv) => kv.split('=').map((x) => x.trim()) as [string, string]),
    )
    return { key: fields.key, value: fields.value }
  })
  return (s) =>
    pairs.every((p) =>
      s.secretMetadata.some(
        (m) =>
          !m.isEncrypted &&
          (p.key === undefined || m.key === p.key) &&
          (p.value === undefined || m.value === p.value),
      ),
    )
}

function listSecrets(ctx: Ctx, project: Project, q: ListQuery): Reply {
  memberProject(ctx, project)
  const environment = q.environment ?? ''
  const root =
    findEnvironment(project, environment) && ctx.state.folderAt(project.id, environment, q.secretPath)
  if (!root) {
    // The October-2024 server answered 200 with empty lists for an unknown environment or path.
    if (ctx.legacy) return { body: { secrets: [], imports: [] } }
    throw notFound(
      `Folder with path '${q.secretPath}' in environment '${environment}' was not found. Please ensure the environment slug and secret path is correct.`,
      'SecretPathNotFound',
    )
  }
  const identity = identityOf(ctx)
  const hidden = q.viewSecretValue === false || !identity.canReadValues
  const wantedTags = q.tagSlugs
    ?.split(',')
    .map((t) => t.trim())
    .filter(Boolean)
  const metadataOk = metadataMatcher(q.metadataFilter)
  const folders = q.recursive ? ctx.state.subtree(root) : [root]
  const secrets = folders.flatMap((folder) => {
    const path = ctx.state.folderPath(folder)
    return ctx.state
      .secretsIn(folder.id)
      .filter((s) => !wantedTags?.length || tagsOf(ctx.state, s).some((t) => wantedTags.includes(t.slug)))
      .filter(metadataOk)
      .map((s) => {
        const value =
          q.expandSecretReferences && !hidden
            ? expand(ctx.state, { projectId: project.id, env: environment, path }, s.value)
            : s.value
        return listedSecret(ctx.state, s, { legacy: ctx.legacy, path, hidden, value })
      })
  })
  // Imports are not modelled; the key appears when asked for (always on the legacy server, as observed).
  return { body: ctx.legacy || q.include_imports ? { secrets, imports: [] } : { secrets } }
}

export function secretListRoutes(legacy: boolean): RouteDef[] {
  const v3: RouteDef = {
    method: 'GET',
    path: '/api/v3/secrets/raw',
    bucket: 'secrets',
    auth: 'required',
    handler: (ctx) => {
      const q = parse(ctx, ctx.schemas.listV3, ctx.query)
      if ((!q.workspaceId && !q.workspaceSlug) || !q.environment)
        throw badRequest('Missing workspace id or environment')
      const project = q.workspaceId ? projectById(ctx, q.workspaceId) : projectBySlug(ctx, q.workspaceSlug!)
      return listSecrets(ctx, project, q)
    },
  }
  if (legacy) return [v3]
  const v4: RouteDef = {
    method: 'GET',
    path: '/api/v4/secrets',
    bucket: 'secrets',
    auth: 'required',
    handler: (ctx) => {
      const q = parse(ctx, ctx.schemas.listV4, ctx.query)
      if (!q.projectId || !q.environment) throw badRequest('Missing project id or environment')
      return listSecrets(ctx, projectById(ctx, q.projectId), q)
    },
  }
  return [v3, v4]
}
