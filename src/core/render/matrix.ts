import type { Plan, PlanAction, PlanItem } from '../plan/types.js'
import { codeSpan } from './markdown-fit.js'

/** One symbol per action; a cell with several items shows each. */
const SYMBOL: Record<PlanAction, string> = {
  create: '➕',
  update: '✏️',
  delete: '🗑️',
  duplicate: '📋',
  share: '🔗',
  blocked: '⛔',
  missing: '❓',
  'remote-only': '👀',
  'share-stale': '⚠️',
  unchanged: '✓',
  'duplicate-skip': '✓',
  'share-live': '✓',
}
const NOT_CHECKED = '❔'
const ABSENT = '—'

export const MATRIX_LEGEND =
  `Legend: ➕ create · ✏️ update · 🗑️ delete · 📋 duplicate · 🔗 share · ⛔ blocked · ❓ missing · ` +
  `${NOT_CHECKED} value not checked · ⚠️ stale share · 👀 remote-only · ✓ unchanged · ${ABSENT} not in this environment`

const ATTENTION: ReadonlySet<PlanAction> = new Set(['blocked', 'missing', 'share-stale'])
const QUIET: ReadonlySet<PlanAction> = new Set(['unchanged', 'duplicate-skip', 'share-live'])

export interface PlanMatrix {
  head: string[]
  /** Attention rows first, then writes, then remote-only; rows that change nothing are left out. */
  rows: string[][]
  /** Key-and-folder rows left out because nothing about them changes or needs a look. */
  unchanged: number
}

function needsAttention(i: PlanItem): boolean {
  return ATTENTION.has(i.action) || i.valueUnavailable !== undefined || i.uncheckedReason !== undefined
}

function cell(items: readonly PlanItem[]): string {
  if (items.length === 0) return ABSENT
  return items
    .map((i) => (i.uncheckedReason && i.action === 'unchanged' ? NOT_CHECKED : SYMBOL[i.action]))
    .join(' ')
}

/**
 * The plan as one row per key and folder with a column per environment: the same facts as the item
 * table in a fraction of the rows (3,000 keys × 3 environments is 3,000 rows, not 9,000). Pure.
 */
export function planMatrix(plan: Plan): PlanMatrix {
  const environments = [...new Set(plan.items.map((i) => i.environment))]
  const rows = new Map<string, { path: string; key: string; items: PlanItem[] }>()
  for (const i of plan.items) {
    const id = `${i.path}\u0000${i.key}`
    const row = rows.get(id) ?? { path: i.path, key: i.key, items: [] }
    row.items.push(i)
    rows.set(id, row)
  }
  const ranked: { rank: number; cells: string[] }[] = []
  let unchanged = 0
  for (const row of rows.values()) {
    const rank = row.items.some(needsAttention)
      ? 0
      : row.items.some((i) => !QUIET.has(i.action) && i.action !== 'remote-only')
        ? 1
        : row.items.some((i) => i.action === 'remote-only')
          ? 2
          : 3
    if (rank === 3) {
      unchanged++
      continue
    }
    const perEnvironment = environments.map((e) => cell(row.items.filter((i) => i.environment === e)))
    ranked.push({ rank, cells: [codeSpan(row.key), codeSpan(row.path), ...perEnvironment] })
  }
  ranked.sort((a, b) => a.rank - b.rank)
  return {
    head: ['Key', 'Path', ...environments.map(codeSpan)],
    rows: ranked.map((r) => r.cells),
    unchanged,
  }
}
