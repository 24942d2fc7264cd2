import type { PlanItem, ShareLink } from '../core/plan/types.js'
import type { LiveShare, Provider } from '../core/seam/types.js'
import { type Outcomes, outcomeUnknown, reasonOf } from './outcomes.js'

export interface SharePacing {
  /** Share creations the server allows per minute per IP (5 on the cloud service that offers share links). */
  perMinute: number
  now: () => number
  sleep: (ms: number) => Promise<void>
}

export const REAL_PACING: SharePacing = {
  perMinute: 5,
  now: () => Date.now(),
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
}

/** Creates share links one at a time, waiting rather than failing when the rate limit would be hit. */
export async function applyShares(
  provider: Provider,
  items: PlanItem[],
  valueFor: (item: PlanItem) => string | undefined,
  env: Record<string, string | undefined>,
  outcomes: Outcomes,
  pacing: SharePacing,
): Promise<ShareLink[]> {
  const links: ShareLink[] = []
  const recent: number[] = []
  for (const item of items) {
    const spec = item.share!
    const value = valueFor(item)
    if (value === undefined) {
      outcomes.set([item], 'failed', `share '${spec.name}': the value of ${item.key} could not be read`)
      continue
    }
    const password = spec.passwordEnv ? env[spec.passwordEnv] : undefined
    const passworded = password !== undefined && password.trim() !== ''
    if (spec.access === 'anyone' && !passworded) {
      // The plan refuses this already; a link anyone can open without a password is never made.
      outcomes.set([item], 'failed', `share '${spec.name}': access anyone needs a non-empty password`)
      continue
    }
    while (recent.length >= pacing.perMinute) {
      const wait = recent[0]! + 60_000 - pacing.now()
      if (wait > 0) await pacing.sleep(wait)
      recent.shift()
    }
    recent.push(pacing.now())
    let url: string
    try {
      url = (
        await provider.createShare!({
          name: spec.name,
          value,
          expiresIn: spec.expiresIn,
          maxViews: spec.maxViews,
          access: spec.access,
          ...(passworded ? { password } : {}),
        })
      ).url
    } catch (error) {
      const found = outcomeUnknown(error) ? await findAgain(provider, spec.name, error) : undefined
      if (found === undefined || 'reason' in found) {
        outcomes.set([item], 'failed', found?.reason ?? reasonOf(error))
        continue
      }
      url = found.url
      outcomes.set([item], 'applied', 'the reply was lost; the share was found by name and its link rebuilt')
    }
    links.push({
      name: spec.name,
      url,
      environment: item.environment,
      path: item.path,
      key: item.key,
      expiresIn: spec.expiresIn,
      maxViews: spec.maxViews,
      access: spec.access,
      passworded,
    })
    if (!outcomes.get(item)) outcomes.set([item], 'applied')
  }
  return links
}

/**
 * A create whose reply was lost may have made the share: the plan found no live share of that name,
 * so one there now is ours. Its link is delivered where the provider can rebuild it; otherwise the
 * report says so, with enough of the id to find it in the UI (the whole id would be the link).
 */
async function findAgain(
  provider: Provider,
  name: string,
  error: unknown,
): Promise<{ url: string } | { reason: string }> {
  let live: LiveShare[]
  try {
    live = (await provider.listShares?.()) ?? []
  } catch {
    return {
      reason: `${reasonOf(error)}; the outcome is unknown and the share links could not be re-read: look for share '${name}' in the UI; if it is there, its link is lost (delete it or wait for expiry), else run apply again`,
    }
  }
  const share = live.find((s) => s.name === name)
  if (!share)
    return {
      reason: `${reasonOf(error)}; no share named '${name}' exists, so none was created: run apply again`,
    }
  if (provider.shareLink) return { url: provider.shareLink(share) }
  return {
    reason: `share '${name}' was created, link lost: delete it in the UI or wait for expiry (id ${share.id.slice(0, 6)}…, expires ${share.expiresAt})`,
  }
}
