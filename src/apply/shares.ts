import type { PlanItem, ShareLink } from '../core/plan/types.js'
import type { Provider } from '../providers/types.js'
import { type Outcomes, reasonOf } from './outcomes.js'

export interface SharePacing {
  /** Infisical Cloud allows 5 share creations per minute per IP (api §11). */
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
    while (recent.length >= pacing.perMinute) {
      const wait = recent[0]! + 60_000 - pacing.now()
      if (wait > 0) await pacing.sleep(wait)
      recent.shift()
    }
    const password = spec.passwordEnv ? env[spec.passwordEnv] : undefined
    const passworded = password !== undefined && password.trim() !== ''
    if (spec.access === 'anyone' && !passworded) {
      // The plan refuses this already; a link anyone can open without a password is never made.
      outcomes.set([item], 'failed', `share '${spec.name}': access anyone needs a non-empty password`)
      continue
    }
    recent.push(pacing.now())
    try {
      const { url } = await provider.createShare!({
        name: spec.name,
        value,
        expiresIn: spec.expiresIn,
        maxViews: spec.maxViews,
        access: spec.access,
        ...(passworded ? { password } : {}),
      })
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
      outcomes.set([item], 'applied')
    } catch (error) {
      outcomes.set([item], 'failed', reasonOf(error))
    }
  }
  return links
}
