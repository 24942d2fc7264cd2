import type { PlanSummary } from '../plan/types.js'

/** The plan's counts in reading order; the first three (create, update, delete) are always shown. */
export function countParts(s: PlanSummary): string[] {
  const parts = [`${s.create} to create`, `${s.update} to update`, `${s.delete} to delete`]
  if (s.duplicate) parts.push(`${s.duplicate} to duplicate`)
  if (s.share) parts.push(`${s.share} share link(s) to create`)
  parts.push(`${s.unchanged} unchanged`)
  if (s.missing) parts.push(`${s.missing} missing`)
  if (s.remoteOnly) parts.push(`${s.remoteOnly} remote-only`)
  if (s.blocked) parts.push(`${s.blocked} blocked`)
  if (s.shareStale) parts.push(`${s.shareStale} stale share link(s)`)
  return parts
}
