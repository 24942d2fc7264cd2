import type { ShareLink } from '../core/plan/types.js'
import type { RunContext } from '../github/context.js'

export interface ShareDelivery {
  /** May go into the PR comment. */
  shown: ShareLink[]
  /** Kept out of the comment, with the reason; still in the `share-links` output. */
  withheld: { name: string; reason: string }[]
}

/**
 * Decides which links the PR comment may carry. On a public repository (or one whose visibility the
 * event does not say), a link anyone can open without a password would be a public credential, so it
 * stays in the masked output only. "Passworded" is what apply sent, never what the manifest names. Organization-only links need a login to the provider to open.
 */
export function shareDelivery(
  links: readonly ShareLink[],
  visibility: RunContext['visibility'],
): ShareDelivery {
  const exposed = visibility === 'public' || visibility === 'unknown'
  const out: ShareDelivery = { shown: [], withheld: [] }
  for (const link of links) {
    if (exposed && link.access === 'anyone' && !link.passworded) {
      out.withheld.push({
        name: link.name,
        reason: `anyone could open it without a password, and this repository is ${visibility === 'public' ? 'public' : 'possibly public'}`,
      })
    } else out.shown.push(link)
  }
  return out
}

/**
 * Share-link URLs are registered secrets, so redaction would mask them in the one channel meant to carry
 * them. The comment is therefore rendered with stand-ins, redacted, and only then given the real URLs.
 */
export function withLinkStandIns(delivery: ShareDelivery): {
  delivery: ShareDelivery
  restore: (safe: string) => string
} {
  const nonce = Math.random().toString(36).slice(2, 10)
  const pairs = delivery.shown.map((l, n) => ({ standIn: `https://share.invalid/${nonce}/${n}`, url: l.url }))
  return {
    delivery: { ...delivery, shown: delivery.shown.map((l, n) => ({ ...l, url: pairs[n]!.standIn })) },
    restore: (safe) => pairs.reduce((text, p) => text.split(p.standIn).join(p.url), safe),
  }
}

/** Room the real URLs need beyond their stand-ins, so the comment stays within its budget. */
export function extraLinkBytes(delivery: ShareDelivery): number {
  return delivery.shown.reduce((n, l) => n + Math.max(0, Buffer.byteLength(l.url) - 40), 0)
}
