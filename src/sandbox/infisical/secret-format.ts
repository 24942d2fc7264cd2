import type { StoredSecret } from './model.js'
import type { SandboxState } from './state.js'

/** The mask the real server puts in place of a value the caller may not read (secret-fns.ts). */
export const HIDDEN_VALUE = '<hidden-by-infisical>'

/**
 * secretRawSchema as the response serializers emit it. Fastify drops properties a response schema does not
 * declare, so each route adds only the extras its schema has (tags, secretPath, secretValueHidden, ...).
 */
export function rawSecret(s: StoredSecret, legacy: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: s.id,
    _id: s.id,
    workspace: s.projectId,
    environment: s.envSlug,
    version: s.version,
    type: 'shared',
    secretKey: s.key,
    secretValue: s.value,
    secretComment: s.comment,
    secretReminderNote: s.reminderNote,
    secretReminderRepeatDays: s.reminderRepeatDays,
    skipMultilineEncoding: s.skipMultilineEncoding,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  }
  if (legacy) out.metadata = s.metadata
  else {
    out.isRotatedSecret = false
    out.rotationId = null
  }
  return out
}

export function tagsOf(state: SandboxState, s: StoredSecret) {
  const tags = state.project(s.projectId)?.tags ?? []
  return s.tagIds.flatMap((id) => {
    const tag = tags.find((t) => t.id === id)
    return tag ? [{ id: tag.id, slug: tag.slug, color: tag.color, name: tag.name }] : []
  })
}

/** A list item: raw secret + secretPath + tags, and on modern servers secretValueHidden + secretMetadata. */
export function listedSecret(
  state: SandboxState,
  s: StoredSecret,
  opts: { legacy: boolean; path: string; hidden: boolean; value?: string },
): Record<string, unknown> {
  const out = rawSecret(s, opts.legacy)
  out.secretValue = opts.hidden ? HIDDEN_VALUE : (opts.value ?? s.value)
  out.secretPath = opts.path
  out.tags = tagsOf(state, s)
  if (!opts.legacy) {
    out.secretValueHidden = opts.hidden
    out.secretMetadata = s.secretMetadata.map((m) => ({ ...m }))
  }
  return out
}

/** Update and delete responses carry secretValueHidden on modern servers. */
export function writtenSecret(s: StoredSecret, legacy: boolean): Record<string, unknown> {
  const out = rawSecret(s, legacy)
  if (!legacy) out.secretValueHidden = false
  return out
}
