import type { Manifest } from '../manifest/schema.js'
import { durationMinutes } from '../manifest/semantics.js'
import type { LiveShare, ScopeListing } from '../seam/types.js'
import { folderId } from './duplicates.js'
import { type PlanItem, scopeKey } from './types.js'

export interface SharePlanInput {
  rules: Manifest['shares']
  /** undefined when the provider cannot create share links. */
  live: readonly LiveShare[] | undefined
  /** Why share links cannot be created here, when the server said so. */
  unsupported?: string
  providerType: string
  listings: ReadonlyMap<string, ScopeListing>
  /** scopeKey of every secret the manifest declares with a value source. */
  declaredWithValue: ReadonlySet<string>
  /** The value of an environment variable (a share password), undefined when unset. */
  envValue: (name: string) => string | undefined
  now: number
}

/** shares: at most one live link per name. A live link is reported, never recreated. */
export function planShares(input: SharePlanInput): PlanItem[] {
  return input.rules.map((rule): PlanItem => {
    const { key, environment, path } = rule.secret
    const share = {
      name: rule.name,
      expiresIn: rule.expiresIn,
      maxViews: rule.maxViews,
      access: rule.access,
      ...(rule.password ? { passwordEnv: rule.password.env } : {}),
    }
    const base = { environment, path, key, share }
    if (!input.live)
      return {
        action: 'blocked',
        ...base,
        note: `share '${rule.name}': ${input.unsupported ?? `${input.providerType} has no share links`}`,
      }
    const live = input.live.find((s) => s.name === rule.name && Date.parse(s.expiresAt) > input.now)
    if (live) {
      const stale = staleSettings(rule, live)
      if (stale.length > 0)
        return {
          action: 'share-stale',
          ...base,
          note: `share-stale: ${stale.join(', ')} differ${stale.length > 1 ? '' : 's'} from the live link (until ${live.expiresAt}); a link cannot be changed: give the share a new \`name\` to make a new link with these settings`,
        }
      return {
        action: 'share-live',
        ...base,
        note: `share '${rule.name}': a live link exists until ${live.expiresAt}`,
      }
    }
    const remote = input.listings.get(folderId(rule.secret))?.secrets.some((s) => s.key === key)
    if (!remote && !input.declaredWithValue.has(scopeKey(environment, path, key))) {
      return {
        action: 'blocked',
        ...base,
        note: `share '${rule.name}': ${environment}:${path} ${key} does not exist and the manifest gives it no value`,
      }
    }
    const views = `${rule.maxViews} view${rule.maxViews > 1 ? 's' : ''}`
    const item: PlanItem = {
      action: 'share',
      ...base,
      note: `share '${rule.name}': expires in ${rule.expiresIn}, ${views}, ${rule.access}`,
    }
    const problem = rule.password && passwordProblem(input.envValue(rule.password.env))
    if (problem) {
      item.valueUnavailable = `share '${rule.name}': ${rule.password!.env} (password) ${problem}`
      item.uncheckedReason = `${rule.password!.env} (the share's password) ${problem}`
      item.valueChecked = false
      item.note = `${item.note}; ${rule.password!.env} (password) ${problem}`
    }
    return item
  })
}

/** An empty password is no password: GitHub gives "" for a secret the job cannot see. */
export function passwordProblem(value: string | undefined): string | undefined {
  if (value === undefined) return 'is not set'
  return value.trim() === '' ? 'is empty' : undefined
}

/** Shares that would be open to anyone without a password: apply refuses them before any request. */
export function openSharesWithoutPassword(
  rules: Manifest['shares'],
  envValue: (name: string) => string | undefined,
): string[] {
  return rules
    .filter((r) => r.access === 'anyone')
    .flatMap((r) => {
      const problem = r.password ? passwordProblem(envValue(r.password.env)) : 'is not declared'
      return problem
        ? [
            `share '${r.name}': access anyone needs a password, and ${r.password?.env ?? 'password'} ${problem}`,
          ]
        : []
    })
}

/** A link made this many minutes off the declared lifetime still counts as made with it (clock skew). */
const EXPIRY_SLACK_MINUTES = 2

/** The declared settings the live link was not made with, as far as the server tells. */
function staleSettings(rule: Manifest['shares'][number], live: LiveShare): string[] {
  const out: string[] = []
  if (live.createdAt !== undefined) {
    const lifetime = (Date.parse(live.expiresAt) - Date.parse(live.createdAt)) / 60_000
    if (Math.abs(lifetime - durationMinutes(rule.expiresIn)) > EXPIRY_SLACK_MINUTES) out.push('expiry')
  }
  // The server counts views down, so a link never has more left than it was made with.
  if (typeof live.viewsLeft === 'number' && live.viewsLeft > rule.maxViews) out.push('views')
  if (live.viewsLeft === null) out.push('views')
  if (live.access !== undefined && live.access !== rule.access) out.push('access')
  return out
}
