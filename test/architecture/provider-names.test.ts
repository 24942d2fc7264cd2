import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROVIDER_DEFINITIONS } from '../../src/providers/registry.js'

const root = path.resolve(import.meta.dirname, '../..')

/** Each provider's type and display name, in any spelling: `prime-intellect`, `Prime Intellect`, `primeIntellect`. */
const NAMES = new RegExp(
  PROVIDER_DEFINITIONS.flatMap((d) => [d.type, d.name])
    .map((n) => n.split(/[- ]/).join('[-_ ]?'))
    .join('|'),
  'i',
)

/**
 * Where a provider may be named: its own folder, the registry and the sandbox. The core and the hook
 * are still being moved onto the registry (issue 14), so they are not checked yet.
 */
const mayName = (file: string) =>
  file === 'src/providers/registry.ts' ||
  PROVIDER_DEFINITIONS.some((d) => file.startsWith(`src/providers/${d.type}/`)) ||
  /^src\/(sandbox|core|hook)\//.test(file)

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${dir}/${f.split(path.sep).join('/')}`)
}

/** The files that name a provider where they may not, with the first line that does. */
function offenders(files: ReadonlyMap<string, string>): string[] {
  const out: string[] = []
  for (const [file, text] of files) {
    if (mayName(file)) continue
    const line = text.split('\n').findIndex((l) => NAMES.test(l))
    if (line >= 0) out.push(`${file}:${line + 1}`)
  }
  return out
}

describe('provider names', () => {
  const files = new Map(sources('src').map((f) => [f, readFileSync(path.join(root, f), 'utf8')]))

  it('appear outside their own folder only in the registry (and the sandbox)', () => {
    expect(offenders(files)).toEqual([])
  })

  it('the check fails on a provider named elsewhere, in any spelling', () => {
    for (const line of [
      '// Infisical answers 429',
      "if (t === 'prime-intellect')",
      'const primeIntellect = 1',
    ]) {
      const bad = new Map([...files, ['src/apply/x.ts', line]])
      expect(offenders(bad)).toEqual(['src/apply/x.ts:1'])
    }
  })
})
