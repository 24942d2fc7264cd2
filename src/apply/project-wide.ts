import type { PlanItem } from '../core/plan/types.js'
import type { ProjectChange, Provider, SecretWrite } from '../core/seam/types.js'
import { type Outcomes, reasonOf } from './outcomes.js'

/**
 * For providers whose one remote record holds every environment's value (`projectLevelSecrets`): the
 * plan's creates, updates and deletes go to the provider in one call, so it can put environments that
 * share a value into one request and give each key exactly one rewrite. Outcomes stay per item.
 */
export async function writeProjectWide(
  provider: Provider,
  items: PlanItem[],
  toWrite: (item: PlanItem, action: 'create' | 'update') => SecretWrite,
  outcomes: Outcomes,
  progress?: (message: string) => void,
): Promise<void> {
  if (!provider.writeProject || items.length === 0) return
  const changes: ProjectChange[] = []
  const carried: PlanItem[] = []
  for (const item of items) {
    if (item.action !== 'create' && item.action !== 'update' && item.action !== 'delete') continue
    try {
      const secret = item.action === 'delete' ? { key: item.key } : toWrite(item, item.action)
      changes.push({ action: item.action, scope: { environment: item.environment, path: item.path }, secret })
      carried.push(item)
    } catch (error) {
      outcomes.set([item], 'failed', reasonOf(error))
    }
  }
  progress?.(`Writing ${changes.length} change(s) across environments`)
  try {
    const results = await provider.writeProject(changes)
    results.forEach((result, i) => {
      const item = carried[i]!
      if (result.status === 'failed') outcomes.set([item], 'failed', result.reason)
      else outcomes.setResult([item], result)
    })
  } catch (error) {
    outcomes.set(carried, 'failed', reasonOf(error))
  }
}
