import type { z } from 'zod'

/**
 * The real server runs zod 3, so its 422 bodies carry zod-3 issues. This renders our zod-4 issues in that
 * shape so clients parsing `message[]` see what production sends. Inputs are never echoed (they may be
 * secret values); only their type names are.
 */
export type LegacyIssue = Record<string, unknown> & {
  code: string
  path: (string | number)[]
  message: string
}

function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan'
  return typeof value
}

function sizeMessage(origin: string, bound: number | bigint, small: boolean, inclusive: boolean): string {
  if (origin === 'string')
    return `String must contain ${small ? 'at least' : 'at most'} ${bound} character(s)`
  if (origin === 'array') return `Array must contain ${small ? 'at least' : 'at most'} ${bound} element(s)`
  const cmp = small
    ? inclusive
      ? 'greater than or equal to'
      : 'greater than'
    : inclusive
      ? 'less than or equal to'
      : 'less than'
  return `Number must be ${cmp} ${bound}`
}

function path(issue: z.core.$ZodIssue): (string | number)[] {
  return issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
}

export function toLegacyIssues(issues: readonly z.core.$ZodIssue[]): LegacyIssue[] {
  return issues.map((issue): LegacyIssue => {
    const base = { path: path(issue) }
    switch (issue.code) {
      case 'invalid_type': {
        const received = typeName(issue.input)
        const message =
          received === 'undefined' ? 'Required' : `Expected ${issue.expected}, received ${received}`
        return { code: 'invalid_type', expected: issue.expected, received, ...base, message }
      }
      case 'unrecognized_keys':
        return {
          code: 'unrecognized_keys',
          keys: issue.keys,
          ...base,
          message: `Unrecognized key(s) in object: ${issue.keys.map((k) => `'${k}'`).join(', ')}`,
        }
      case 'too_small':
      case 'too_big': {
        const small = issue.code === 'too_small'
        const bound = small ? issue.minimum : issue.maximum
        const inclusive = issue.inclusive ?? true
        const type = issue.origin === 'string' || issue.origin === 'array' ? issue.origin : 'number'
        return {
          code: issue.code,
          [small ? 'minimum' : 'maximum']: typeof bound === 'bigint' ? Number(bound) : bound,
          type,
          inclusive,
          exact: false,
          ...base,
          message: sizeMessage(issue.origin, bound, small, inclusive),
        }
      }
      case 'invalid_value': {
        const options = issue.values.map((v) => `'${String(v)}'`).join(' | ')
        const received = typeof issue.input === 'string' ? `'${issue.input}'` : typeName(issue.input)
        return {
          code: 'invalid_enum_value',
          options: issue.values,
          ...base,
          message: `Invalid enum value. Expected ${options}, received ${received}`,
        }
      }
      case 'invalid_format':
        return {
          code: 'invalid_string',
          validation: issue.format,
          ...base,
          message: `Invalid ${issue.format}`,
        }
      default:
        return { code: issue.code, ...base, message: issue.message }
    }
  })
}
