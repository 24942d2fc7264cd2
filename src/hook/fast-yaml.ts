import type { SourceMap } from '../core/manifest/source-map.js'
import { Bail, bail, type PosNode, sourceMap } from './fast-yaml-positions.js'

/**
 * A fast reader for the plain YAML that manifests are written in: block maps and sequences, one-line
 * scalars (plain, single- or double-quoted without escapes) and one-line flow collections, with
 * comments. It yields the same JS value and the same positions as `yaml` with a LineCounter (a test
 * compares them), several times faster, so the hook stays quick on large manifests. Anything else
 * (anchors, tags, block scalars, multi-line scalars, escapes, nulls, duplicate keys, tabs, CRs) returns
 * undefined and the caller uses the full parser, which also produces the error messages.
 */

export interface FastDocument {
  value: unknown
  source: SourceMap
}

const SKIP = /^\s*(#|$)/
const INDICATOR = /[-?:,[\]{}#&*!|>'"%@`]/
const [SPACE, HASH, COLON_CODE] = [32, 35, 58]
const FLOW_END = new Set([...',]}'].map((c) => c.charCodeAt(0)))
const FLOW_CHARS = new Set([...',[]{}'].map((c) => c.charCodeAt(0)))

export function parseYamlSubset(text: string): FastDocument | undefined {
  // Tabs, CRs and exotic spaces change what counts as indentation or whitespace: full parser.
  if (/[\t\r\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\uFEFF]/.test(text)) return undefined
  const lines = text.split('\n')
  try {
    const reader = new Reader(lines)
    const first = reader.nextContent(0)
    if (first < 0) return undefined
    const root = reader.block(first, indentOf(lines[first]!))
    if (reader.nextContent(reader.line) >= 0) bail()
    return { value: root.value, source: sourceMap(root.pos, lines) }
  } catch (e) {
    if (e instanceof Bail) return undefined
    throw e
  }
}

/** Spaces from `from` on (indentation is spaces only: tabs were ruled out above). */
function spaces(text: string, from = 0): number {
  let i = from
  while (text.charCodeAt(i) === 32) i++
  return i - from
}
const indentOf = (line: string) => spaces(line)

/** First `: ` or `:` at the end of the line at or after `from`, or -1. */
const COLON = /:(?: |$)/g
function colonFrom(text: string, from: number): number {
  COLON.lastIndex = from
  return COLON.exec(text)?.index ?? -1
}

/** A plain scalar cannot start with an indicator, except `-?:` followed by a non-space ("safe"). */
function indicatorStart(text: string, at: number): boolean {
  if (!INDICATOR.test(text[at] ?? '')) return false
  const next = text[at + 1]
  return !('-?:'.includes(text[at]!) && next !== undefined && !/[\s,[\]{}]/.test(next))
}

class Reader {
  line = 0
  constructor(private readonly lines: readonly string[]) {}

  /** Index of the next line with content at or after `from`, or -1. */
  nextContent(from: number): number {
    for (let i = from; i < this.lines.length; i++) {
      const text = this.lines[i]!
      if (SKIP.test(text)) continue
      if (/^(---|\.\.\.)(\s|$)|^%/.test(text)) bail()
      return i
    }
    return -1
  }

  /** The block node (map or sequence) whose first line is `at`, indented by `indent`. */
  block(at: number, indent: number): { value: unknown; pos: PosNode } {
    const text = this.lines[at]!
    if (text.startsWith('- ', indent)) return this.seq(at, indent)
    // "-" alone (an item on the following lines) is left to the full parser.
    if (text[indent] === '-' && /^-\s*$/.test(text.slice(indent))) bail()
    return this.map(at, indent)
  }

  private seq(at: number, indent: number): { value: unknown; pos: PosNode } {
    const value: unknown[] = []
    const pos: PosNode = { kind: 'seq', line: at + 1, column: indent + 1, items: [] }
    let i = at
    while (i >= 0 && indentOf(this.lines[i]!) === indent && this.lines[i]!.startsWith('- ', indent)) {
      const text = this.lines[i]!
      const start = indent + 2 + spaces(text, indent + 2)
      if (start >= text.length || text[start] === '#') bail()
      if (isKeyAt(text, start)) {
        const item = this.map(i, start)
        value.push(item.value)
        pos.items!.push(item.pos)
      } else {
        const item = inline(text, start, i)
        this.line = i + 1
        value.push(item.value)
        pos.items!.push(item.pos)
      }
      i = this.nextContent(this.line)
      if (i >= 0 && indentOf(this.lines[i]!) > indent) bail()
    }
    this.line = i < 0 ? this.lines.length : i
    return { value, pos }
  }

  private map(at: number, indent: number): { value: unknown; pos: PosNode } {
    const value: Record<string, unknown> = {}
    const pos: PosNode = { kind: 'map', line: at + 1, column: indent + 1, entries: new Map() }
    let i = at
    // The first entry of a sequence item map ("- key: v") starts mid-line; the rest start at `indent`.
    while (i >= 0 && (i === at || indentOf(this.lines[i]!) === indent)) {
      const text = this.lines[i]!
      if (text.startsWith('- ', indent)) bail()
      const { key, end } = readKey(text, indent)
      if (key in value || key === '__proto__') bail()
      const after = end + 1 + spaces(text, end + 1)
      let entry: { value: unknown; pos: PosNode }
      if (after >= text.length || text[after] === '#') {
        if (after < text.length && text[after - 1] !== ' ') bail()
        const next = this.nextContent(i + 1)
        if (next < 0) bail()
        const nextIndent = indentOf(this.lines[next]!)
        const seqHere = nextIndent === indent && this.lines[next]!.startsWith('- ', indent)
        if (nextIndent <= indent && !seqHere) bail()
        entry = this.block(next, nextIndent)
      } else {
        entry = inline(text, after, i)
        this.line = i + 1
      }
      value[key] = entry.value
      pos.entries!.set(key, { line: i + 1, column: indent + 1, value: entry.pos })
      i = this.nextContent(this.line)
      if (i >= 0 && indentOf(this.lines[i]!) > indent) bail()
    }
    this.line = i < 0 ? this.lines.length : i
    return { value, pos }
  }
}

/** Does a mapping key (`key:` followed by a space or the end of the line) start at `at`? */
function isKeyAt(text: string, at: number): boolean {
  const c = text[at]
  if (c === '"' || c === "'") {
    const close = text.indexOf(c, at + 1)
    return close > 0 && /^\s*:(\s|$)/.test(text.slice(close + 1))
  }
  if (c === '[' || c === '{') return false
  const colon = colonFrom(text, at)
  return colon > at && !text.slice(at, colon).includes(' #')
}

function readKey(text: string, at: number): { key: string; end: number } {
  const c = text[at]
  if (c === '"' || c === "'") {
    const { value, end } = quoted(text, at)
    if (end - at > 1024) bail()
    const colon = end + spaces(text, end)
    if (text[colon] !== ':' || (colon + 1 < text.length && text[colon + 1] !== ' ')) bail()
    return { key: value, end: colon }
  }
  if (indicatorStart(text, at)) bail()
  const colon = colonFrom(text, at)
  if (colon < at) bail()
  const raw = text.slice(at, colon).trimEnd()
  // yaml rejects implicit keys over 1024 characters; that error is the full parser's to report.
  if (raw.length > 1024 || raw.includes(' #') || typeof plain(raw) !== 'string') bail()
  return { key: raw, end: colon }
}

/** A one-line value: quoted, flow collection or plain scalar, followed only by a comment. */
function inline(text: string, at: number, line: number): { value: unknown; pos: PosNode } {
  const cursor = { at }
  const result = flowValue(text, cursor, line, false)
  const rest = text.slice(cursor.at)
  if (!/^\s*$/.test(rest) && !/^\s+#/.test(rest)) bail()
  return result
}

function flowValue(
  text: string,
  cursor: { at: number },
  line: number,
  inFlow: boolean,
): { value: unknown; pos: PosNode } {
  const at = cursor.at
  const c = text[at]
  if (c === '"' || c === "'") {
    const { value, end } = quoted(text, at)
    cursor.at = end
    return { value, pos: { kind: 'scalar', line: line + 1, column: at + 1 } }
  }
  if (c === '[') {
    const value: unknown[] = []
    const node: PosNode = { kind: 'seq', line: line + 1, column: at + 1, items: [] }
    cursor.at = skipSpaces(text, at + 1)
    while (text[cursor.at] !== ']') {
      const item = flowValue(text, cursor, line, true)
      value.push(item.value)
      node.items!.push(item.pos)
      cursor.at = separator(text, cursor.at, ']')
    }
    cursor.at++
    return { value, pos: node }
  }
  if (c === '{') {
    const value: Record<string, unknown> = {}
    const node: PosNode = { kind: 'map', line: line + 1, column: at + 1, entries: new Map() }
    cursor.at = skipSpaces(text, at + 1)
    while (text[cursor.at] !== '}') {
      const keyAt = cursor.at
      const key = flowValue(text, cursor, line, true)
      if (
        typeof key.value !== 'string' ||
        key.value in value ||
        key.value === '__proto__' ||
        cursor.at - keyAt > 1024
      )
        bail()
      if (text[cursor.at] !== ':' || text[cursor.at + 1] !== ' ') bail()
      cursor.at = skipSpaces(text, cursor.at + 1)
      const item = flowValue(text, cursor, line, true)
      value[key.value as string] = item.value
      node.entries!.set(key.value as string, { line: line + 1, column: keyAt + 1, value: item.pos })
      cursor.at = separator(text, cursor.at, '}')
    }
    cursor.at++
    return { value, pos: node }
  }
  if (c === undefined || indicatorStart(text, at)) bail()
  // Plain scalar: up to a comment (or, in a flow collection, a separator); `: ` inside is an error in YAML.
  let end = at
  for (; end < text.length; end++) {
    const ch = text.charCodeAt(end)
    const next = text.charCodeAt(end + 1) // NaN past the end
    if (ch === SPACE && next === HASH) break
    if (ch === COLON_CODE && (Number.isNaN(next) || next === SPACE || (inFlow && FLOW_END.has(next)))) {
      if (inFlow) break
      bail()
    }
    if (inFlow && FLOW_CHARS.has(ch)) break
  }
  const raw = text.slice(at, end).trimEnd()
  cursor.at = at + raw.length
  return { value: plain(raw), pos: { kind: 'scalar', line: line + 1, column: at + 1 } }
}

function quoted(text: string, at: number): { value: string; end: number } {
  const q = text[at]!
  let value = ''
  for (let i = at + 1; i < text.length; i++) {
    const ch = text[i]!
    if (q === '"' && ch === '\\') bail()
    if (ch === q) {
      if (q === "'" && text[i + 1] === "'") {
        value += "'"
        i++
        continue
      }
      return { value, end: i + 1 }
    }
    value += ch
  }
  return bail()
}

function skipSpaces(text: string, at: number): number {
  while (text[at] === ' ') at++
  return at
}

/** After a flow item: `, next` or the closing bracket (a trailing comma or a missing one: full parser). */
function separator(text: string, at: number, close: string): number {
  at = skipSpaces(text, at)
  if (text[at] === close) return at
  if (text[at] !== ',') bail()
  at = skipSpaces(text, at + 1)
  if (text[at] === close || at >= text.length) bail()
  return at
}

/** YAML 1.2 core schema resolution of a plain scalar (the `yaml` default); nulls and NaN/Inf bail. */
function plain(raw: string): unknown {
  // Only these first characters can start a null, bool, int or float; anything else is a string.
  if (!/^[-+.0-9~tTfFnN]|^$/.test(raw)) return raw
  if (/^(?:~|[Nn]ull|NULL)?$/.test(raw) || /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(raw)) bail()
  if (/^(?:[Tt]rue|TRUE)$/.test(raw)) return true
  if (/^(?:[Ff]alse|FALSE)$/.test(raw)) return false
  if (/^0o[0-7]+$/.test(raw)) return Number.parseInt(raw.slice(2), 8)
  if (/^[-+]?[0-9]+$/.test(raw)) return Number.parseInt(raw, 10)
  if (/^0x[0-9a-fA-F]+$/.test(raw)) return Number.parseInt(raw.slice(2), 16)
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(raw)) return Number.parseFloat(raw)
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(raw)) return Number.parseFloat(raw)
  return raw
}
