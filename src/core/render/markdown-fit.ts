/**
 * Markdown building blocks that keep names from the manifest or the server inert (no HTML, no links, no
 * @-mentions, no broken tables) and keep tables within a size budget.
 */

/** An inline code span, safe inside a GFM table cell: code spans render no HTML, links or mentions. */
export function codeSpan(raw: string): string {
  const s = oneLine(raw).replace(/\|/g, '\\|')
  if (s === '') return ''
  const longestRun = Math.max(0, ...(s.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longestRun + 1)
  // A space next to the fence keeps a leading or trailing backtick from joining it.
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${s}${pad}${fence}`
}

/** Plain text with Markdown and HTML syntax escaped, on one line, and @-mentions defused. */
export function text(raw: string): string {
  return oneLine(raw)
    .replace(/[\\`*_{}[\]<>()#+!|~&]/g, (c) => `\\${c}`)
    .replace(/@/g, '@\u200b')
}

export function utf8Length(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4
      i++
    } else n += 3
  }
  return n
}

/**
 * A Markdown table cut to `budget` bytes. When rows are cut, the lines end with `note(omitted)`, and the
 * note's room is reserved first so the result never exceeds the budget.
 */
export function fitTable(
  head: string[],
  rows: string[][],
  budget: number,
  note: (omitted: number) => string,
): string[] {
  const lines = [row(head), row(head.map(() => '---'))]
  const all = [...lines, ...rows.map(row)]
  if (utf8Length(all.join('\n')) <= budget) return all
  const reserve = utf8Length(note(rows.length)) + 2
  let used = utf8Length(lines.join('\n'))
  let kept = 0
  for (const r of rows) {
    const size = utf8Length(row(r)) + 1
    if (used + size > budget - reserve) break
    used += size
    lines.push(row(r))
    kept++
  }
  const omitted = note(rows.length - kept)
  return kept === 0 ? [omitted] : [...lines, '', omitted]
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`
}

function oneLine(s: string): string {
  return s.replace(/[\r\n\t]+/g, ' ')
}
