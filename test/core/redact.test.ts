import { describe, expect, it } from 'vitest'
import { MASK, Redactor } from '../../src/core/redact.js'

describe('Redactor', () => {
  it('masks values and their derived forms', () => {
    const r = new Redactor()
    const value = 'p@ss word/with"quote'
    r.register(value)
    const leaks = [
      value,
      JSON.stringify(value).slice(1, -1),
      encodeURIComponent(value),
      Buffer.from(value).toString('base64'),
    ]
    for (const leak of leaks) expect(r.redact(`x ${leak} y`)).toBe(`x ${MASK} y`)
  })

  it('masks each line of a multiline value and forwards new forms to listeners', () => {
    const r = new Redactor()
    const seen: string[] = []
    r.onRegister((s) => seen.push(s))
    r.register('-----BEGIN KEY-----\nline-two-secret\n-----END KEY-----\n')
    expect(r.redact('got line-two-secret here')).toBe(`got ${MASK} here`)
    expect(seen).toContain('line-two-secret')
  })

  it('ignores very short values, which would mangle ordinary output', () => {
    const r = new Redactor()
    r.register('on')
    expect(r.redact('turned on')).toBe('turned on')
  })
})
