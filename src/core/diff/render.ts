import { isCredentialKey, showKey } from '../rules/key-names.js'
import type { EnvironmentDiff, KeyStatus } from './compare-environments.js'

const LABEL: Record<KeyStatus, (d: EnvironmentDiff) => string> = {
  'only-in-a': (d) => `only in ${d.a}`,
  'only-in-b': (d) => `only in ${d.b}`,
  'value-differs': () => 'value differs',
  'same-value': () => 'same value',
  'value-unknown': () => 'value unknown',
}

/** A key as a line shows it: a key that is itself a credential is never printed. */
function keyText(key: string): string {
  return isCredentialKey(key) || !/^[\x21-\x7e]+$/.test(key) ? showKey(key) : key
}

function counts(diff: EnvironmentDiff): Record<KeyStatus, number> {
  const out: Record<KeyStatus, number> = {
    'only-in-a': 0,
    'only-in-b': 0,
    'value-differs': 0,
    'same-value': 0,
    'value-unknown': 0,
  }
  for (const k of diff.keys) out[k.status]++
  return out
}

export function renderDiffText(diff: EnvironmentDiff): string {
  const rows = diff.keys.map((k) => {
    const label = LABEL[k.status](diff).padEnd(Math.max(15, diff.a.length + 9, diff.b.length + 9))
    const attrs = k.attributes.length ? `  (${k.attributes.join(', ')} differ)` : ''
    return `  ${label} ${k.path} ${keyText(k.key)}${attrs}`
  })
  const c = counts(diff)
  const attrs = diff.keys.filter((k) => k.attributes.length > 0).length
  const summary = `Diff ${diff.a} → ${diff.b}: ${diff.keys.length} key(s): ${c['only-in-a']} only in ${diff.a}, ${c['only-in-b']} only in ${diff.b}, ${c['value-differs']} value differs, ${c['same-value']} same value${c['value-unknown'] ? `, ${c['value-unknown']} value unknown` : ''}; ${attrs} with other comment, tags or metadata.`
  const verdict = diff.equal ? 'The environments hold the same keys and values.' : summary
  return [...rows, ...(rows.length ? [''] : []), diff.equal ? `${summary}\n${verdict}` : summary].join('\n')
}

/** Machine-readable; it holds keys and statuses only. */
export function diffToJson(diff: EnvironmentDiff): string {
  return JSON.stringify(
    {
      a: diff.a,
      b: diff.b,
      equal: diff.equal,
      summary: counts(diff),
      keys: diff.keys.map((k) => ({ ...k, key: isCredentialKey(k.key) ? null : k.key })),
    },
    null,
    2,
  )
}
