/** Small string rules the real server applies to paths, values and patterns. */

/** `secretPath` after the server's trim + removeTrailingSlash + prefixWithSlash; empty segments collapse. */
export function normalizePath(path: string): string {
  const segments = path.trim().split('/').filter(Boolean)
  return `/${segments.join('/')}`
}

export function pathSegments(path: string): string[] {
  return normalizePath(path).split('/').filter(Boolean)
}

export function joinPath(parent: string, name: string): string {
  return normalizePath(`${parent}/${name}`)
}

/** Values are trimmed, but a value that ended with a newline keeps exactly one. */
export function trimSecretValue(value: string): string {
  return value.at(-1) === '\n' ? `${value.trim()}\n` : value.trim()
}

export const FOLDER_NAME = /^[a-zA-Z0-9-_]+$/

/**
 * picomatch-style glob as Infisical uses for OIDC bindings and approval-policy paths: `*` and `?` stay inside
 * one `/`-separated segment, `**` crosses segments.
 */
export function globMatch(value: string, pattern: string): boolean {
  if (value === pattern) return true
  let re = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*'
      i++
    } else if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`).test(value)
}

const units: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
  y: 31_557_600_000,
}

const unitAliases: [RegExp, string][] = [
  [/^(milliseconds?|msecs?|ms)$/, 'ms'],
  [/^(seconds?|secs?|s)$/, 's'],
  [/^(minutes?|mins?|m)$/, 'm'],
  [/^(hours?|hrs?|h)$/, 'h'],
  [/^(days?|d)$/, 'd'],
  [/^(weeks?|w)$/, 'w'],
  [/^(years?|yrs?|y)$/, 'y'],
]

/** The `ms` package's string parser ('5m', '1h', '7d', '1w', '2 days'); undefined when unparseable. */
export function parseDuration(input: string): number | undefined {
  const match = /^(-?(?:\d+)?\.?\d+) *([a-z]+)?$/i.exec(input.trim())
  if (!match || input.length > 100) return undefined
  const n = Number.parseFloat(match[1]!)
  const unitText = (match[2] ?? 'ms').toLowerCase()
  const unit = unitAliases.find(([re]) => re.test(unitText))?.[1]
  return unit ? n * units[unit]! : undefined
}
