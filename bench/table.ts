export interface Row {
  section: string
  name: string
  measured: string
  reference: string
  ratio: string
  target: string
  /** undefined for rows that only inform. */
  met?: boolean
}

const HEAD = ['#', 'Benchmark', 'Measured', 'Reference', 'Ratio', 'Target', 'Met']

const cells = (r: Row): string[] => [
  r.section,
  r.name,
  r.measured,
  r.reference,
  r.ratio,
  r.target,
  r.met === undefined ? '' : r.met ? 'yes' : 'NO',
]

export function textTable(rows: Row[]): string {
  const all = [HEAD, ...rows.map(cells)]
  const widths = HEAD.map((_, i) => Math.max(...all.map((r) => r[i]!.length)))
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()
  return [line(HEAD), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map((r) => line(cells(r)))].join(
    '\n',
  )
}

export function markdownTable(rows: Row[]): string {
  const line = (r: string[]) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`
  return [line(HEAD), line(HEAD.map(() => '---')), ...rows.map((r) => line(cells(r)))].join('\n')
}

export const ms = (x: number): string => `${x.toFixed(x < 100 ? 1 : 0)} ms`
export const times = (x: number): string => `${x.toFixed(2)}×`
