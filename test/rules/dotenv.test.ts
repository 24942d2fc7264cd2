import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../../src/core/diagnostics.js'
import { lintDotenvKeys } from '../../src/core/rules/dotenv.js'

const FILE = '.env.example'
const lint = (text: string, off?: string[]) => lintDotenvKeys(text, FILE, off ? { off } : {})
const where = (text: string, ruleId: string, off?: string[]) =>
  lint(text, off)
    .filter((d) => d.ruleId === ruleId)
    .map((d) => `${d.line}:${d.column}`)

describe('dotenv-keys: one passing and one failing case per rule, with exact positions', () => {
  it.each([
    ['env-var-name', 'DB_URL=x\n', 'DB_URL=x\nexport 9LIVES=1\n  DB.URL=2\n', ['2:8', '3:3']],
    ['upper-case-key', 'LOG_LEVEL=info\n', '# comment\n\nlogLevel=info\n', ['3:1']],
    ['case-collision', 'API_URL=a\nAPI_URI=b\n', 'API_URL=a\nApi_Url=b\n', ['2:1']],
    ['dotenv-duplicate-key', 'A=1\nB=1\n', 'A=1\nB=1\nA=2\n', ['3:1']],
    ['dotenv-syntax', 'A=1\n# just a comment\n', 'A=1\nNOT AN ASSIGNMENT\n', ['2:1']],
    [
      'literal-looks-secret',
      'TOKEN=your-token-here\n',
      'TOKEN=your-token-here\nAWS_KEY_ID = AKIAZ7Q3T9XW2VBK4NMR\n',
      ['2:14'],
    ],
  ])('%s', (rule, pass, fail, at) => {
    expect(where(pass, rule)).toEqual([])
    expect(where(fail, rule)).toEqual(at)
  })
})

describe('dotenv-keys parsing', () => {
  it('accepts comments, blank lines, export, quotes, inline comments and CRLF', () => {
    const text =
      '\uFEFF# header\r\n\r\nexport A=1\r\nB="two words" # note\r\nC=\'x\'\r\nD=\r\n  E = spaced\r\n'
    expect(lint(text)).toEqual([])
  })

  it('treats the lines of a multi-line quoted value as value, not keys', () => {
    const text =
      'CERT="-----BEGIN CERTIFICATE-----\nnot a key line\n-----END CERTIFICATE-----"\nNEXT=1\nlower=2\n'
    expect(lint(text).map((d) => `${d.line}:${d.column}:${d.ruleId}`)).toEqual(['5:1:upper-case-key'])
  })

  it('prints findings as file:line:col: rule-id: message (hint), never the value', () => {
    const value = ['sk', '_live_', '51H8xYzAbCdEfGhIjKlMnOpQr'].join('')
    const out = lint(`stripe-key=${value}\n`).map(formatDiagnostic)
    expect(out).toEqual([
      ".env.example:1:1: env-var-name: key 'stripe-key' contains '-', so it is not a valid environment-variable name (rename it, e.g. to 'stripe_key')",
      ".env.example:1:1: upper-case-key: key 'stripe-key' is not upper case (rename it to 'STRIPE_KEY')",
      ".env.example:1:12: literal-looks-secret: value of 'stripe-key' looks like a Stripe live key (use a placeholder; use { env: NAME }, { file: PATH } or { generate: ... } instead, and rotate it if it was ever committed)",
    ])
    expect(out.join('\n')).not.toContain(value.slice(8))
  })
})

describe('dotenv-keys: a credential as a key', () => {
  it('is reported at the key and never printed', () => {
    const token = ['xoxb', '-', '123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx'].join('')
    const out = lint(`${token}=1\n`).map(formatDiagnostic)
    expect(
      out.some((l) => l.startsWith('.env.example:1:1: literal-looks-secret: key looks like a Slack token')),
    ).toBe(true)
    expect(out.join('\n')).not.toContain(token.slice(5))
  })
})

describe('dotenv-keys waivers and --off', () => {
  it('an inline waiver waives one rule on its line, or on the next line when alone', () => {
    expect(lint('lower=1 # secrets-manifest: allow upper-case-key\n')).toEqual([])
    expect(lint('# secrets-manifest: allow upper-case-key\nlower=1\nother=2\n').map((d) => d.line)).toEqual([
      3,
    ])
  })

  it('--off switches a rule off for the run', () => {
    expect(where('lower=1\n', 'upper-case-key', ['upper-case-key'])).toEqual([])
  })

  it('an unknown id in a waiver is a finding', () => {
    expect(lint('A=1 # secrets-manifest: allow upper-case\n').map(formatDiagnostic)).toEqual([
      ".env.example:1:31: unknown-rule-id: 'upper-case' is not a rule id (did you mean 'upper-case-key'?)",
    ])
  })
})
