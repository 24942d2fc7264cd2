import { describe, expect, it } from 'vitest'
import type { ApplyReport, Plan, PlanItem, PlanSummary } from '../../src/core/plan/types.js'
import { COMMENT_LIMIT, renderApplyMarkdown, renderPlanMarkdown } from '../../src/core/render/markdown.js'
import { codeSpan, text, utf8Length } from '../../src/core/render/markdown-fit.js'

const item = (action: PlanItem['action'], key: string, extra: Partial<PlanItem> = {}): PlanItem => ({
  action,
  environment: 'dev',
  path: '/backend',
  key,
  ...extra,
})

function planOf(items: PlanItem[]): Plan {
  const count = (a: PlanItem['action']) => items.filter((i) => i.action === a).length
  const summary: PlanSummary = {
    create: count('create'),
    update: count('update'),
    unchanged: count('unchanged'),
    missing: count('missing'),
    remoteOnly: count('remote-only'),
    delete: count('delete'),
    blocked: count('blocked'),
    duplicate: count('duplicate'),
    share: count('share'),
    shareStale: count('share-stale'),
  }
  const hasChanges = summary.create + summary.update + summary.delete + summary.duplicate + summary.share > 0
  return { provider: 'infisical', project: 'acme-app', items, foldersToCreate: [], summary, hasChanges }
}

const opts = { manifestPath: 'secrets.yaml', maxBytes: COMMENT_LIMIT - 1024 }

describe('renderPlanMarkdown', () => {
  it('lists writes in a table, names changed fields, and folds unchanged items', () => {
    const md = renderPlanMarkdown(
      planOf([
        item('unchanged', 'LOG_LEVEL'),
        item('update', 'DB_URL', { changes: ['value', 'comment'] }),
        item('create', 'API_KEY'),
        item('remote-only', 'OLD_KEY'),
      ]),
      { ...opts, header: '<!-- secrets-manifest:secrets.yaml -->' },
    )
    expect(md).toMatchInlineSnapshot(`
      "<!-- secrets-manifest:secrets.yaml -->
      ### 🔐 secrets-manifest plan · \`secrets.yaml\`

      infisical project \`acme-app\`: **1 to create**, **1 to update**, **0 to delete**, 1 unchanged, 1 remote-only.

      | Action | Environment | Path | Key | Changes / note |
      | --- | --- | --- | --- | --- |
      | ➕ create | \`dev\` | \`/backend\` | \`API_KEY\` |  |
      | ✏️ update | \`dev\` | \`/backend\` | \`DB_URL\` | value, comment |
      | 👀 remote-only | \`dev\` | \`/backend\` | \`OLD_KEY\` |  |

      <details><summary>1 unchanged</summary>

      | Environment | Path | Key |  |
      | --- | --- | --- | --- |
      | \`dev\` | \`/backend\` | \`LOG_LEVEL\` |  |

      </details>
      "
    `)
  })

  it('says so when nothing changes', () => {
    const md = renderPlanMarkdown(planOf([item('unchanged', 'A')]), opts)
    expect(md).toContain('No changes: the remote matches the manifest.')
    expect(md).not.toContain('| Action |')
  })

  it('keeps a 5,000-item plan under the comment limit and points to the job summary', () => {
    const items = Array.from({ length: 5000 }, (_, n) =>
      item(n % 2 ? 'create' : 'unchanged', `KEY_${n}_${'X'.repeat(40)}`),
    )
    const md = renderPlanMarkdown(planOf(items), {
      ...opts,
      fullReportUrl: 'https://github.com/acme/app/actions/runs/7',
    })
    expect(md.length).toBeLessThan(COMMENT_LIMIT)
    expect(utf8Length(md)).toBeLessThanOrEqual(opts.maxBytes)
    expect(md).toMatch(
      /_\d+ more not shown here: see the \[job summary\]\(https:\/\/github.com\/acme\/app\/actions\/runs\/7\)\._/,
    )
    // Writes get the budget first: the first creates are listed, and what is left is counted, not lost.
    expect(md).toContain('`KEY_1_')
    const listed = (md.match(/\| ➕ create \|/g) ?? []).length
    const omitted = Number(md.match(/_(\d+) more not shown/)![1])
    expect(listed + omitted).toBe(2500)
  })

  it('holds any budget it is given, even a tiny one', () => {
    const items = Array.from({ length: 300 }, (_, n) => item('create', `K${n}`))
    for (const maxBytes of [600, 2000, 10_000]) {
      expect(utf8Length(renderPlanMarkdown(planOf(items), { ...opts, maxBytes }))).toBeLessThanOrEqual(
        maxBytes,
      )
    }
  })

  it('renders names from the server inert: no HTML, no table breakage, no mentions', () => {
    const md = renderPlanMarkdown(
      planOf([item('remote-only', 'A|B<script>`x`', { note: 'owned by @acme/security <b>now</b>' })]),
      opts,
    )
    const row = md.split('\n').find((l) => l.startsWith('| 👀'))!
    expect(row).toContain('`` A\\|B<script>`x` ``')
    expect(row).not.toContain('@acme')
    expect(row).toContain('\\<b\\>')
    // Five cells: the key's pipe did not split the row.
    expect(row.split(/(?<!\\)\|/).length).toBe(7)
  })
})

describe('renderApplyMarkdown', () => {
  it('puts failures first with their reason and counts outcomes', () => {
    const plan = planOf([
      item('create', 'A'),
      item('update', 'B', { changes: ['value'] }),
      item('unchanged', 'C'),
      item('remote-only', 'D'),
    ])
    const report: ApplyReport = {
      items: [
        { ...item('create', 'A'), outcome: 'applied' },
        { ...item('update', 'B', { changes: ['value'] }), outcome: 'failed', reason: 'HTTP 403 not allowed' },
      ],
      applied: 1,
      failed: 1,
      pendingApproval: 0,
      shareLinks: [],
    }
    const md = renderApplyMarkdown(report, plan, opts)
    expect(md).toContain('**1 applied**, 1 failed.')
    const rows = md.split('\n').filter((l) => l.startsWith('| ❌') || l.startsWith('| ✅'))
    expect(rows[0]).toContain('❌ failed')
    expect(rows[0]).toContain('HTTP 403 not allowed')
    expect(md).toContain('<details><summary>1 unchanged</summary>')
    // What apply left alone but a reviewer should see stays in the table.
    expect(md).toContain('| — | 👀 remote-only | `dev` | `/backend` | `D` |  |')
  })
})

describe('inline helpers', () => {
  it('code spans survive backticks and pipes', () => {
    expect(codeSpan('a`b')).toBe('``a`b``')
    expect(codeSpan('`x')).toBe('`` `x ``')
    expect(codeSpan('a|b')).toBe('`a\\|b`')
  })
  it('text escapes markup and defuses mentions', () => {
    expect(text('*a* [l](u) @me')).toBe('\\*a\\* \\[l\\]\\(u\\) @\u200bme')
  })
  it('counts UTF-8 bytes', () => {
    expect(utf8Length('aé✏️🔐')).toBe(1 + 2 + 6 + 4)
  })
})
