import { renameHint, showKey } from './key-names.js'
import { compileTeamPattern } from './team-pattern.js'
import type { Finding, ManifestRule } from './types.js'

/** The team's own conventions from the manifest's `rules:` block; each is on only when configured. */

const teamRule = (spec: Omit<ManifestRule, 'severity' | 'switchable' | 'targets'>): ManifestRule => ({
  severity: 'error',
  switchable: 'off-and-waiver',
  targets: ['manifest'],
  ...spec,
})

export const keyPattern = teamRule({
  id: 'key-pattern',
  description:
    'A key matches `rules.key.pattern` (a regular expression in RE2 syntax, matched in linear time; anchor it with `^…$`).',
  why: "Enforces the team's naming convention in review instead of after the fact.",
  defaultOn: 'rules.key.pattern',
  check({ manifest }) {
    const source = manifest.rules?.key?.pattern
    if (source === undefined) return []
    const pattern = compileTeamPattern(source)
    if ('error' in pattern) {
      return [
        {
          path: ['rules', 'key', 'pattern'],
          message: `rules.key.pattern cannot be used: ${pattern.error}`,
          hint: 'write it in RE2 syntax (JavaScript regular expressions without lookaround or backreferences)',
        },
      ]
    }
    const out: Finding[] = []
    manifest.secrets.forEach((secret, i) => {
      if (!pattern.test(secret.key)) {
        out.push({
          path: ['secrets', i, 'key'],
          message: `key ${showKey(secret.key)} does not match rules.key.pattern ${source}`,
          hint: 'rename it to match the pattern',
        })
      }
    })
    return out
  },
})

export const keyMaxLength = teamRule({
  id: 'key-max-length',
  description: 'A key is at most `rules.key.maxLength` characters.',
  why: 'Some destinations cap name length; a team limit keeps keys within the strictest one.',
  defaultOn: 'rules.key.maxLength',
  check({ manifest }) {
    const max = manifest.rules?.key?.maxLength
    if (max === undefined) return []
    return manifest.secrets.flatMap((secret, i) =>
      secret.key.length > max
        ? [
            {
              path: ['secrets', i, 'key'],
              message: `key ${showKey(secret.key)} is ${secret.key.length} characters; rules.key.maxLength is ${max}`,
              hint: 'shorten it',
            },
          ]
        : [],
    )
  },
})

export const pathPrefix = teamRule({
  id: 'path-prefix',
  description:
    'A key in a path listed in `rules.prefixes` (or a folder below it) starts with that prefix; the longest listed path wins.',
  why: 'Keeps the owning service visible in the name once secrets are flattened into one environment.',
  defaultOn: 'rules.prefixes',
  check({ manifest }) {
    const prefixes = Object.entries(manifest.rules?.prefixes ?? {}).sort(([a], [b]) => b.length - a.length)
    if (prefixes.length === 0) return []
    const out: Finding[] = []
    manifest.secrets.forEach((secret, i) => {
      const match = prefixes.find(([path]) => isWithin(secret.path, path))
      if (match && !secret.key.startsWith(match[1])) {
        out.push({
          path: ['secrets', i, 'key'],
          message: `key ${showKey(secret.key)} in ${secret.path} does not start with ${showKey(match[1])} (rules.prefixes ${match[0]})`,
          hint: renameHint(secret.key, match[1] + secret.key),
        })
      }
    })
    return out
  },
})

function isWithin(path: string, folder: string): boolean {
  return folder === '/' || path === folder || path.startsWith(`${folder}/`)
}

export const TEAM_RULES: readonly ManifestRule[] = [keyPattern, keyMaxLength, pathPrefix]
