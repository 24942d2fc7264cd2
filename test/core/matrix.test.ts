import { describe, expect, it } from 'vitest'
import type { Plan, PlanItem } from '../../src/core/plan/types.js'
import { COMMENT_LIMIT, renderPlanMarkdown, SUMMARY_LIMIT } from '../../src/core/render/markdown.js'

const ENVIRONMENTS = ['dev', 'staging', 'prod']

function bigPlan(keys: number): Plan {
  const items: PlanItem[] = []
  for (let k = 0; k < keys; k++)
    for (const environment of ENVIRONMENTS)
      items.push({
        action: k % 3 === 0 ? 'create' : k % 3 === 1 ? 'update' : 'unchanged',
        environment,
        path: `/service-${k % 40}`,
        key: `SERVICE_KEY_NUMBER_${String(k).padStart(5, '0')}`,
        ...(k % 3 === 1 ? { changes: ['value' as const] } : {}),
      })
  // The one item that needs a person comes last in the plan and must lead the comment.
  items.push({ action: 'blocked', environment: 'prod', path: '/', key: 'LAST_BLOCKED', note: 'no such tag' })
  const summary = {
    create: 0,
    update: 0,
    unchanged: 0,
    missing: 0,
    remoteOnly: 0,
    delete: 0,
    blocked: 1,
    duplicate: 0,
    share: 0,
    shareStale: 0,
  }
  return { provider: 'infisical', project: 'big', items, foldersToCreate: [], summary, hasChanges: true }
}

describe('the PR comment as a key × environment matrix', () => {
  it('10,000 keys × 3 environments: one row per key, attention first, inside GitHub comment and summary limits', () => {
    const plan = bigPlan(10_000)
    const comment = renderPlanMarkdown(plan, {
      manifestPath: 'secrets.yaml',
      maxBytes: COMMENT_LIMIT - 1024,
      layout: 'matrix',
    })
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(Buffer.byteLength(comment)).toBeLessThanOrEqual(COMMENT_LIMIT - 1024)
    expect(comment).toContain('| Key | Path | `dev` | `staging` | `prod` |')
    const rows = comment.split('\n').filter((l) => l.startsWith('| `'))
    expect(rows[0]).toBe('| `LAST_BLOCKED` | `/` | — | — | ⛔ |')
    expect(rows[1]).toBe('| `SERVICE_KEY_NUMBER_00000` | `/service-0` | ➕ | ➕ | ➕ |')
    expect(comment).toMatch(/_\d+ more not shown here: see the job summary\._/)
    expect(comment).toContain('3333 key(s) unchanged everywhere are not listed')

    const summary = renderPlanMarkdown(plan, {
      manifestPath: 'secrets.yaml',
      maxBytes: SUMMARY_LIMIT - 16 * 1024,
    })
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT)
    // The summary keeps the per-item table; its attention section names the blocked item up front.
    expect(summary).toContain('| Action | Environment | Path | Key | Changes / note |')
    expect(summary.indexOf('`LAST_BLOCKED`')).toBeLessThan(summary.indexOf('| Action |'))
  })
})
