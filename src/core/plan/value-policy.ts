import type { RemoteSecret } from '../seam/types.js'
import type { DesiredSecret } from './desired.js'
import type { PlanItem } from './types.js'

/**
 * For providers that never return values (`readableValues: false`), the manifest decides what an
 * existing secret's value means: `never` leaves it as it is (nothing can show it differs), `always`
 * writes it on every apply (idempotent, but never "no changes").
 */
export type UpdateValues = 'never' | 'always'

export const VALUE_NOT_VERIFIABLE = 'value not verifiable'
export const VALUE_ALWAYS_WRITTEN = 'value always written'

/** Adjusts an item for an existing secret whose remote value cannot be read. */
export function applyValuePolicy(
  item: PlanItem,
  d: DesiredSecret,
  remote: RemoteSecret,
  policy: UpdateValues | undefined,
): PlanItem {
  if (!policy || remote.value !== undefined || d.value.kind !== 'known') return item
  // The provider never returns values: a limit the plan's notes state once, not a failed check.
  const { uncheckedReason: _, ...rest } = item
  if (policy === 'never') return { ...rest, valueChecked: false, note: VALUE_NOT_VERIFIABLE }
  const changes = ['value' as const, ...(item.changes ?? []).filter((c) => c !== 'value')]
  return { ...rest, action: 'update', changes, valueChecked: false, note: VALUE_ALWAYS_WRITTEN }
}

/** The plan-wide statement of the policy, shown above the items; `provider` is its name to people. */
export function valuePolicyNote(provider: string, policy: UpdateValues): string {
  return policy === 'never'
    ? `${provider} never returns values, so they cannot be compared. updateValues: never — existing values are left as they are; set updateValues: always to write them on every apply.`
    : `${provider} never returns values, so they cannot be compared. updateValues: always — every declared value is written on every apply.`
}
