import type { z } from 'zod'
import type { RemoteSecret, Scope } from '../../core/seam/types.js'
import { checkReply } from '../reply.js'
import type { WireSecret } from './wire.js'
import * as guard from './wire-guards.js'

/*
 * Each reply Infisical sends, read: checked by its zod-free guard (wire-guards.ts) and, only when the
 * guard rejects it, by its zod schema (wire.ts, loaded then), whose error names the route and the issue.
 */
const schemas = () => import('./wire.js')
type Schemas = Awaited<ReturnType<typeof schemas>>

function read<T>(
  check: (json: unknown) => T | undefined,
  pick: (w: Schemas) => z.ZodType<T>,
  json: unknown,
  route: string,
  operation: string,
): Promise<T> {
  // `pick` names the schema that `check` mirrors; wire-guards.test.ts holds the two to the same output.
  return checkReply(check, () => schemas().then(pick), json, route, operation)
}

export const readLogin = (json: unknown, route: string, operation: string) =>
  read(guard.login, (w) => w.LoginReply, json, route, operation)

export const readSecretList = (json: unknown, route: string, operation: string) =>
  read(guard.secretList, (w) => w.SecretListReply, json, route, operation)

export const readBatch = (json: unknown, route: string, operation: string) =>
  read(guard.batch, (w) => w.BatchReply, json, route, operation)

export const readCreatedShare = (json: unknown, route: string, operation: string) =>
  read(guard.createdShare, (w) => w.CreatedShareReply, json, route, operation)

export const readShareList = (json: unknown, route: string, operation: string) =>
  read(guard.shareList, (w) => w.ShareListReply, json, route, operation)

export const readDuplicate = (json: unknown, route: string, operation: string) =>
  read(guard.duplicate, (w) => w.DuplicateReply, json, route, operation)

/** The project read: wrapped in `{project}` (modern) or `{workspace}` (2024) when read by id, bare by slug. */
export async function readProject(
  json: unknown,
  wrapper: 'project' | 'workspace' | undefined,
  route: string,
  operation: string,
): Promise<guard.WireProject> {
  if (!wrapper) return read(guard.project, (w) => w.ProjectReply.bare, json, route, operation)
  const reply = await read(
    (j) => guard.wrappedProject(wrapper, j),
    (w) => w.ProjectReply[wrapper],
    json,
    route,
    operation,
  )
  return reply[wrapper] as guard.WireProject
}

/** The project's tags, under `tags` (modern) or `workspaceTags` (2024). */
export async function readTags(
  json: unknown,
  field: 'tags' | 'workspaceTags',
  route: string,
  operation: string,
): Promise<guard.WireTag[]> {
  const reply = await read(
    (j) => guard.tagList(field, j),
    (w) => w.TagListReply[field],
    json,
    route,
    operation,
  )
  return reply[field] as guard.WireTag[]
}

export function toRemoteSecret(s: WireSecret, scope: Scope): RemoteSecret {
  const metadata: Record<string, string> = {}
  if (s.secretMetadata) for (const m of s.secretMetadata) metadata[m.key] = m.value ?? ''
  else if (s.metadata)
    for (const [key, value] of Object.entries(s.metadata)) metadata[key] = String(value ?? '')
  return {
    id: String(s.id ?? s._id ?? ''),
    environment: scope.environment,
    path: s.secretPath ?? scope.path,
    key: s.secretKey,
    value: s.secretValueHidden ? undefined : (s.secretValue ?? ''),
    comment: s.secretComment ?? '',
    tags: (s.tags ?? []).map((t) => t.slug).sort(),
    metadata,
  }
}
