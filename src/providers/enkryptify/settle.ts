import { type ProjectChange, ProviderError } from '../../core/seam/types.js'
import type { WireSecret } from './wire.js'

/** A failure that says nothing about what the server kept: a 5xx, or a connection lost after sending. */
export function outcomeUnknown(error: unknown): boolean {
  return error instanceof ProviderError && (error.outcomeUnknown || (error.status ?? 0) >= 500)
}

/**
 * Whether the server already holds what a change asked for, read from a listing taken after the
 * failure: then the change counts as applied, and nothing is sent twice.
 */
export function isHeld(
  change: ProjectChange,
  snapshot: readonly WireSecret[],
  environmentIds: ReadonlyMap<string, string>,
): boolean {
  const envId = environmentIds.get(change.scope.environment)
  const remote = snapshot.find((s) => s.name === change.secret.key)
  const shared = remote?.values.find((v) => v.environmentId === envId && !v.isPersonal)
  if (change.action === 'delete') return shared === undefined
  if (!remote || !shared) return false
  if (change.secret.value !== undefined && shared.value !== change.secret.value) return false
  return change.secret.comment === undefined || (remote.note ?? '') === change.secret.comment
}
