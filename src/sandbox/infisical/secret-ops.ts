import { findEnvironment } from './access.js'
import { badRequest, notFound } from './errors.js'
import type { ApprovalRecord, Folder, Project, SecretMetadataEntry, StoredSecret } from './model.js'
import type { Ctx } from './router.js'

/**
 * Batch writes, split into a validating plan and a commit. Plans check everything the real service checks
 * before its transaction; commits run inside `state.transaction`, so a failure midway (e.g. a duplicate key
 * inside one request hitting the unique constraint) leaves nothing behind.
 */
export interface Plan<T> {
  touched: { folder: Folder; path: string }[]
  keys: string[]
  commit: () => T
}

export interface CreateItem {
  secretKey: string
  secretValue: string
  secretComment: string
  skipMultilineEncoding?: boolean | null
  metadata?: Record<string, string>
  tagIds?: string[]
  secretMetadata?: SecretMetadataEntry[]
}

export interface UpdateItem {
  secretKey: string
  secretValue?: string
  secretPath?: string
  secretComment?: string
  skipMultilineEncoding?: boolean | null
  newSecretName?: string
  tagIds?: string[]
  secretReminderNote?: string | null
  secretReminderRepeatDays?: number | null
  secretMetadata?: SecretMetadataEntry[]
}

export type UpdateMode = 'failOnNotFound' | 'upsert' | 'ignore'

export function requireFolder(
  ctx: Ctx,
  project: Project,
  environment: string,
  path: string,
  name?: string,
): Folder {
  if (!findEnvironment(project, environment)) {
    throw notFound(
      `Environment with slug '${environment}' in project with ID '${project.id}' not found`,
      name,
    )
  }
  const folder = ctx.state.folderAt(project.id, environment, path)
  if (!folder)
    throw notFound(`Folder with path '${path}' in environment with slug '${environment}' not found`, name)
  return folder
}

export function checkTags(project: Project, tagIds: readonly string[] | undefined): void {
  for (const id of tagIds ?? []) {
    if (!project.tags.some((t) => t.id === id)) throw notFound('Tag not found')
  }
}

export function planCreate(
  ctx: Ctx,
  project: Project,
  env: string,
  path: string,
  items: CreateItem[],
): Plan<StoredSecret[]> {
  const folder = requireFolder(ctx, project, env, path, 'CreateManySecret')
  const conflicts = items.filter((i) => ctx.state.secretByKey(folder.id, i.secretKey)).map((i) => i.secretKey)
  if (conflicts.length) {
    throw badRequest(
      ctx.legacy
        ? `Secret already exist: ${conflicts.join(',')}`
        : `Secret already exists: '${conflicts[0]}' in path '${path}' of environment '${env}'`,
    )
  }
  for (const item of items) checkTags(project, item.tagIds)
  return {
    touched: [{ folder, path }],
    keys: items.map((i) => i.secretKey),
    commit: () => items.map((i) => ctx.state.putSecret(ctx.state.newSecret(folder, createFields(i)))),
  }
}

function createFields(i: CreateItem): Partial<StoredSecret> & { key: string; value: string } {
  return {
    key: i.secretKey,
    value: i.secretValue,
    comment: i.secretComment,
    skipMultilineEncoding: i.skipMultilineEncoding ?? false,
    tagIds: [...(i.tagIds ?? [])],
    secretMetadata: (i.secretMetadata ?? []).map((m) => ({ ...m })),
    metadata: i.metadata ?? null,
  }
}

function applyUpdate(existing: StoredSecret, i: UpdateItem, at: string): StoredSecret {
  return {
    ...existing,
    key: i.newSecretName ?? existing.key,
    value: i.secretValue ?? existing.value,
    comment: i.secretComment ?? existing.comment,
    skipMultilineEncoding:
      i.skipMultilineEncoding !== undefined ? i.skipMultilineEncoding : existing.skipMultilineEncoding,
    tagIds: i.tagIds ? [...i.tagIds] : existing.tagIds,
    secretMetadata: i.secretMetadata ? i.secretMetadata.map((m) => ({ ...m })) : existing.secretMetadata,
    reminderNote: i.secretReminderNote !== undefined ? i.secretReminderNote : existing.reminderNote,
    reminderRepeatDays:
      i.secretReminderRepeatDays !== undefined ? i.secretReminderRepeatDays : existing.reminderRepeatDays,
    version: existing.version + 1,
    updatedAt: at,
  }
}

export function planUpdate(
  ctx: Ctx,
  project: Project,
  env: string,
  defaultPath: string,
  items: UpdateItem[],
  mode: UpdateMode,
): Plan<StoredSecret[]> {
  const folders = new Map<string, Folder>()
  const rows = items.map((item) => {
    const path = item.secretPath ?? defaultPath
    const folder = folders.get(path) ?? requireFolder(ctx, project, env, path, 'UpdateManySecret')
    folders.set(path, folder)
    return { item, path, folder, existing: ctx.state.secretByKey(folder.id, item.secretKey) }
  })
  const missing = rows.filter((r) => !r.existing)
  if (mode === 'failOnNotFound' && missing.length) {
    // The older service listed the keys it did find, so one missing key gave "Secret does not exist: ".
    const found = rows.flatMap((r) => (r.existing ? [r.item.secretKey] : []))
    const path = missing[0]!.path
    const keys = missing.filter((r) => r.path === path).map((r) => r.item.secretKey)
    throw notFound(
      ctx.legacy
        ? `Secret does not exist: ${found.join(',')}`
        : `Secret does not exist: ${keys.join(',')} in path ${path}`,
    )
  }
  for (const r of rows) {
    const rename = r.item.newSecretName
    if (rename !== undefined && rename !== r.item.secretKey && ctx.state.secretByKey(r.folder.id, rename)) {
      throw badRequest(`Secret with new name already exists: ${rename}`)
    }
    checkTags(project, r.item.tagIds)
  }
  return {
    touched: [...folders].map(([path, folder]) => ({ folder, path })),
    keys: rows.map((r) => r.item.secretKey),
    commit: () =>
      rows.flatMap((r) => {
        if (r.existing) return [ctx.state.putSecret(applyUpdate(r.existing, r.item, ctx.state.iso()))]
        if (mode !== 'upsert') return []
        const i = r.item
        const fields = createFields({
          ...i,
          secretValue: i.secretValue ?? '',
          secretComment: i.secretComment ?? '',
        })
        return [
          ctx.state.putSecret(
            ctx.state.newSecret(r.folder, { ...fields, key: i.newSecretName ?? i.secretKey }),
          ),
        ]
      }),
  }
}

export function planDelete(
  ctx: Ctx,
  project: Project,
  env: string,
  path: string,
  keys: string[],
): Plan<StoredSecret[]> {
  const folder = requireFolder(ctx, project, env, path, 'DeleteManySecret')
  const found = keys.map((k) => ctx.state.secretByKey(folder.id, k))
  if (found.some((s) => !s)) {
    // Real wording: it lists the keys that do exist, not the missing ones.
    const existing = found.flatMap((s) => (s ? [s.key] : []))
    throw notFound(`One or more secrets does not exist: ${existing.join(', ')}`)
  }
  const secrets = found as StoredSecret[]
  return {
    touched: [{ folder, path }],
    keys,
    commit: () => {
      for (const s of secrets) ctx.state.removeSecret(s.id)
      return secrets
    },
  }
}

/** The `approval` object of a held write (secret-approval-requests schema). */
export function approvalView(a: ApprovalRecord): Record<string, unknown> {
  return {
    id: a.id,
    policyId: a.policyId,
    hasMerged: false,
    status: 'open',
    conflicts: [],
    slug: a.slug,
    folderId: a.folderId,
    createdAt: a.createdAt,
    updatedAt: a.createdAt,
    isReplicated: false,
    committerUserId: null,
    statusChangedByUserId: null,
    bypassReason: null,
  }
}

/** Holds the write when a policy without identity bypass covers any folder it touches. */
export function holdIfProtected(
  ctx: Ctx,
  project: Project,
  env: string,
  plan: Plan<unknown>,
  operation: ApprovalRecord['operation'],
): Record<string, unknown> | undefined {
  for (const t of plan.touched) {
    const policy = ctx.state.holdingPolicy(project.id, env, t.path)
    if (!policy) continue
    const record = ctx.state.recordApproval({
      policyId: policy.id,
      projectId: project.id,
      environment: env,
      secretPath: t.path,
      folderId: t.folder.id,
      operation,
      keys: plan.keys,
    })
    return approvalView(record)
  }
  return undefined
}
