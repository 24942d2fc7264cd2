import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectSecret, namesASecret, shannonEntropy } from '../../src/core/rules/secret-patterns.js'
// The registry adds the providers' token shapes to the detector as it loads, as in every front end.
import '../../src/providers/registry.js'
import * as oracle from './secret-patterns-oracle.js'

// secret-patterns.ts trades clarity for speed (it runs on every key and literal of a 10,000-key manifest
// in the hook); the plain version is the oracle, and both must agree on every input.
const TOKEN_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_.-'
const PIECES = [
  'ghp_',
  'github_pat_',
  'AKIA',
  'ASIA',
  'sk_live_',
  'rk_live_',
  'xoxb-',
  'ek_live_',
  'pit_',
  'st.',
  'eyJ',
  '-----BEGIN RSA PRIVATE KEY-----',
  'postgres://u:',
  '@host',
  '://',
  'PASSWORD',
  'Token',
  'ſecret',
  'é',
  '😀',
  ' ',
  '_',
  ':',
  '/',
  '-',
  '0123456789abcdef',
]

const tokenish = fc
  .array(fc.constantFrom(...TOKEN_CHARS), { minLength: 10, maxLength: 90 })
  .map((cs) => cs.join(''))
const assembled = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), tokenish, fc.string({ maxLength: 12 })), { maxLength: 6 })
  .map((parts) => parts.join(''))
const anyText = fc.oneof(
  assembled,
  tokenish,
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
)

describe('secret-patterns agrees with its oracle', () => {
  it('detectSecret', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        expect(detectSecret(value)).toBe(oracle.detectSecret(value))
      }),
      { numRuns: 5000 },
    )
  })

  it('shannonEntropy, to the last bit of the float', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        expect(Object.is(shannonEntropy(value), oracle.shannonEntropy(value))).toBe(true)
      }),
      { numRuns: 3000 },
    )
  })

  it('namesASecret', () => {
    const keyish = fc
      .array(
        fc.oneof(
          fc.constantFrom(...PIECES, 'KEY', 'API', 'key', 'Api', 'SIGNING'),
          fc.string({ maxLength: 6 }),
        ),
        {
          maxLength: 5,
        },
      )
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.oneof(keyish, anyText), (key) => {
        expect(namesASecret(key)).toBe(oracle.namesASecret(key))
      }),
      { numRuns: 5000 },
    )
  })

  it('finds both answers among the generated inputs, so the comparison means something', () => {
    const samples = fc.sample(anyText, { numRuns: 3000, seed: 42 })
    const labels = new Set(samples.map((s) => detectSecret(s)))
    expect(labels.has(undefined)).toBe(true)
    expect(labels.size).toBeGreaterThan(4)
  })
})
