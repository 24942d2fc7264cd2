import { showKey } from './key-names.js'
import type { Finding, ManifestRule, RuleContext } from './types.js'

/**
 * The makings of a provider's own rules (what its API rejects or rewrites, checked before any request
 * is made). Each provider's folder holds its rules (`lint.ts`) and its definition contributes them;
 * a rule carries `provider: <type>`, so the engine runs it only on manifests for that provider.
 */

export type ProviderRuleSpec = Omit<ManifestRule, 'severity' | 'defaultOn' | 'switchable' | 'targets'>

export const providerRule = (spec: ProviderRuleSpec): ManifestRule => ({
  severity: 'error',
  defaultOn: true,
  switchable: 'off-and-waiver',
  targets: ['manifest'],
  ...spec,
})

export const eachKey = (
  ctx: RuleContext,
  problem: (key: string) => Omit<Finding, 'path'> | undefined,
): Finding[] => {
  const out: Finding[] = []
  ctx.manifest.secrets.forEach((secret, i) => {
    const found = problem(secret.key)
    if (found) out.push({ path: ['secrets', i, 'key'], ...found })
  })
  return out
}

export const commentLength = (
  id: string,
  provider: string,
  name: string,
  field: string,
  max: number,
): ManifestRule =>
  providerRule({
    id,
    provider,
    description: `A comment is at most ${max} characters (${name}'s \`${field}\`).`,
    why: `${name} rejects a longer \`${field}\`, so apply would fail on that secret.`,
    check: ({ manifest }) =>
      manifest.secrets.flatMap((secret, i) =>
        secret.comment !== undefined && secret.comment.length > max
          ? [
              {
                path: ['secrets', i, 'comment'],
                message: `comment of ${showKey(secret.key)} is ${secret.comment.length} characters; ${name} allows ${max}`,
                hint: 'shorten it',
              },
            ]
          : [],
      ),
  })
