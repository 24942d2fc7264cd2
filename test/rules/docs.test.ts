import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderRulesTable } from '../../src/core/rules/docs-table.js'
import { PROVIDER_CATALOG } from '../../src/providers/registry.js'

const RULES = PROVIDER_CATALOG.rules

// docs/lint-and-hook.md carries the rule table between two markers. Regenerate with:
//   UPDATE_DOCS=1 scripts/node24 node_modules/vitest/vitest.mjs run test/rules/docs.test.ts
const DOC = new URL('../../docs/lint-and-hook.md', import.meta.url)
const TABLE = /(<!-- rules-table:start[^>]*-->\n)[\s\S]*?(<!-- rules-table:end -->)/

describe('docs/lint-and-hook.md', () => {
  it('has the current rule table', () => {
    let doc = readFileSync(DOC, 'utf8')
    expect(TABLE.test(doc), 'the rules-table markers are missing').toBe(true)
    const current = doc.replace(TABLE, (_, start, end) => `${start}${renderRulesTable(RULES)}\n${end}`)
    if (process.env.UPDATE_DOCS === '1') {
      writeFileSync(DOC, current)
      doc = current
    }
    expect(
      doc === current,
      'the rule table is stale: run `UPDATE_DOCS=1 scripts/node24 node_modules/vitest/vitest.mjs run test/rules/docs.test.ts`',
    ).toBe(true)
  })

  it('lists every rule with what, why and how to switch it off', () => {
    const table = renderRulesTable(RULES)
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(rule.description.length).toBeGreaterThan(10)
      expect(rule.why.length).toBeGreaterThan(10)
      expect(table).toContain(`| \`${rule.id}\` |`)
    }
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length)
  })
})
