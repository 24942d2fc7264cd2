import { Bail, bail, type PosNode, sourceMap } from './fast-yaml-positions.js'
import type { SourceMap } from './source-map.js'

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

const EXOTIC_WHITESPACE = /[\t\r\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\uFEFF]/
const [SPACE, HASH, COLON, DASH, DOT, PERCENT, NEWLINE] = [32, 35, 58, 45, 46, 37, 10]
const [SQUOTE, DQUOTE] = [39, 34]
const [COMMA, OPEN_SEQ, CLOSE_SEQ, OPEN_MAP, CLOSE_MAP] = [44, 91, 93, 123, 125]

/** Characters that cannot start a plain scalar (YAML indicators), by char code. */
const INDICATOR = charTable('-?:,[]{}#&*!|>\'"%@`')
/** First characters of a plain scalar that might resolve to something other than a string. */
const MAYBE_NOT_STRING = charTable('-+.0123456789~tTfFnN')

function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(128)
  for (const c of chars) table[c.charCodeAt(0)] = 1
  return table
}

/**
 * parseManifest refuses files over 5 MiB; below this many characters (3 UTF-8 bytes each at most) that
 * limit cannot apply, so a caller counts the bytes only for a text longer than this.
 */
export const MAX_FAST_CHARS = 1_700_000

export function parseYamlSubset(text: string): FastDocument | undefined {
  // Tabs, CRs and exotic spaces change what counts as indentation or whitespace: full parser.
  if (hasExoticWhitespace(text)) return undefined
  const starts = lineStarts(text)
  const read = readDocument(text, starts, false)
  if (!read) return undefined
  const readPositions = () => {
    const again = readDocument(text, starts, true)
    if (!again?.pos) throw new Error('fast YAML reader: the second reading differs from the first')
    return again.pos
  }
  let lines: string[] | undefined
  return { value: read.value, source: sourceMap(readPositions, () => (lines ??= text.split('\n'))) }
}

/**
 * Where each line starts (the lines of `text.split('\n')`), with one more entry a newline past the end.
 * The reader reads the usual lines in place: an array of line strings would be one live object per
 * line for the young generation to copy while the manifest is being built.
 */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  starts.push(text.length + 1)
  return starts
}

/** Values only, or values and positions (`track`): the same reading either way. */
function readDocument(
  text: string,
  starts: readonly number[],
  track: boolean,
): { value: unknown; pos?: PosNode } | undefined {
  try {
    const reader = new Reader(text, starts, track)
    const first = reader.nextContent(0)
    if (first < 0) return undefined
    const value = reader.block(first, reader.indent)
    if (reader.nextContent(reader.line) >= 0) bail()
    return { value, pos: reader.pos }
  } catch (e) {
    if (e instanceof Bail) return undefined
    throw e
  }
}

/**
 * Whether `text` holds a character of EXOTIC_WHITESPACE. A text that is all ASCII (its UTF-8 length is its
 * length, counted natively) can hold only the four ASCII ones, which `includes` finds at memchr speed;
 * the character class scans a large text several times slower.
 */
function hasExoticWhitespace(text: string): boolean {
  if (Buffer.byteLength(text) !== text.length) return EXOTIC_WHITESPACE.test(text)
  return text.includes('\t') || text.includes('\r') || text.includes('\v') || text.includes('\f')
}

/** Spaces from `from` on (indentation is spaces only: tabs were ruled out above). */
function spaces(text: string, from: number): number {
  let i = from
  while (text.charCodeAt(i) === SPACE) i++
  return i - from
}

const dashSpaceAt = (text: string, at: number) =>
  text.charCodeAt(at) === DASH && text.charCodeAt(at + 1) === SPACE

/** First `: ` or `:` at the end of the line at or after `from`, or -1. */
function colonFrom(text: string, from: number): number {
  for (let i = text.indexOf(':', from); i >= 0; i = text.indexOf(':', i + 1)) {
    const next = text.charCodeAt(i + 1)
    if (next === SPACE || Number.isNaN(next)) return i
  }
  return -1
}

/**
 * The longest plain scalar from `lastIndex`: it stops before ` #`, before `:` followed by a space or the
 * end, and in a flow collection before `,[]{}` and a `:` followed by `,]}`. Regular expressions run as
 * native code from the start, where a loop over characters would run in the interpreter at first.
 */
const BLOCK_PLAIN = /(?:[^ :]| (?!#)|:(?! |$))*/y
const FLOW_PLAIN = /(?:[^ :,[\]{}]| (?!#)|:(?![ ,\]}]|$))*/y
function plainEnd(text: string, at: number, inFlow: boolean): number {
  const pattern = inFlow ? FLOW_PLAIN : BLOCK_PLAIN
  pattern.lastIndex = at
  pattern.test(text)
  return pattern.lastIndex
}

/** A plain scalar cannot start with an indicator, except `-?:` followed by a non-space ("safe"). */
function indicatorStart(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  if (!(c < 128 && INDICATOR[c])) return false
  if (c !== DASH && c !== 63 && c !== COLON) return true
  const next = text.charCodeAt(at + 1)
  return Number.isNaN(next) || next === SPACE || next === COMMA || isBracket(next)
}

const REMEMBERED_LENGTHS = 48
const MAX_DEPTH = 64
const SIMPLE_ENTRY =
  /([A-Za-z_][\w-]*): +(?:([\w/][\w/.-]*)|\{ *([A-Za-z_][\w-]*): +([\w/][\w/.-]*) *\}) *(?=\n|$)/y
const EMPTY = {}

const isBracket = (c: number) => c === OPEN_SEQ || c === CLOSE_SEQ || c === OPEN_MAP || c === CLOSE_MAP

/**
 * Reads block collections line by line and one-line values character by character. Each method returns
 * the value it read; when tracking, it leaves that node's position in `pos` for the caller to file.
 * Line numbers index `starts`; the usual lines are read in the whole text, any other is cut out first
 * (`lineText`) and read with offsets in the line.
 */
class Reader {
  /** The line after the node read last. */
  line = 0
  /** Within a one-line value: the next character to read. */
  at = 0
  pos: PosNode | undefined
  /** How many collections the node being read is inside. */
  private depth = 0
  /** The indentation of the line `nextContent` found last. */
  indent = 0
  /** The text of the quoted scalar read last. */
  private quotedText = ''
  /** The block mapping key read last, and the value `simpleEntry` read last. */
  private keyText = ''
  private entryValue: unknown
  /** By length: the plain scalar of that length read last, and what it resolved to. */
  private readonly lastPlain: (string | undefined)[] = new Array(REMEMBERED_LENGTHS).fill(undefined)
  private readonly lastResolved: unknown[] = new Array(REMEMBERED_LENGTHS).fill(undefined)

  /** How many lines there are. */
  private readonly count: number

  constructor(
    private readonly text: string,
    private readonly starts: readonly number[],
    private readonly track: boolean,
  ) {
    this.count = starts.length - 1
  }

  /** Line `i` (what `text.split('\n')[i]` is). */
  private lineText(i: number): string {
    return this.text.slice(this.starts[i]!, this.starts[i + 1]! - 1)
  }

  /** Index of the next line with content at or after `from`, or -1. */
  nextContent(from: number): number {
    const text = this.text
    const starts = this.starts
    for (let i = from; i < this.count; i++) {
      const lineStart = starts[i]!
      const start = lineStart + spaces(text, lineStart)
      const c = text.charCodeAt(start)
      if (c === NEWLINE || c === HASH || start === text.length) continue
      // Document markers (---, ...) and directives (%) are the full parser's.
      const first = text.charCodeAt(lineStart)
      if (first === PERCENT) bail()
      if ((first === DASH || first === DOT) && isDocumentMarker(text, lineStart)) bail()
      this.indent = start - lineStart
      return i
    }
    return -1
  }

  /**
   * The next content line after the node read last, for a collection indented by `indent`: deeper
   * indentation there is a continuation the fast reader does not take.
   */
  private nextSibling(indent: number): number {
    const i = this.nextContent(this.line)
    if (i >= 0 && this.indent > indent) bail()
    return i
  }

  /** The block node (map or sequence) whose first line is `at`, indented by `indent`. */
  block(at: number, indent: number): unknown {
    const text = this.lineText(at)
    // Deep nesting (never seen in a manifest, easy to write in an attack) is the full parser's.
    if (++this.depth > MAX_DEPTH) bail()
    let value: unknown
    if (dashSpaceAt(text, indent)) value = this.seq(at, indent)
    // "-" alone (an item on the following lines) is left to the full parser.
    else if (text.charCodeAt(indent) === DASH && spaces(text, indent + 1) === text.length - indent - 1) bail()
    else value = this.map(at, indent, false)
    this.depth--
    return value
  }

  private seq(at: number, indent: number): unknown[] {
    const whole = this.text
    const value: unknown[] = []
    const pos: PosNode | undefined = this.track
      ? { kind: 'seq', line: at + 1, column: indent + 1, items: [] }
      : undefined
    let i = at
    let lineIndent = indent
    while (i >= 0 && lineIndent === indent && dashSpaceAt(whole, this.starts[i]! + indent)) {
      const lineStart = this.starts[i]!
      const itemAt = lineStart + indent + 2
      const start = itemAt + spaces(whole, itemAt) - lineStart
      const c = whole.charCodeAt(lineStart + start)
      if (c === NEWLINE || c === HASH || lineStart + start >= whole.length) bail()
      // `- key: word`, the usual item, is a map whose first entry is read here, in place.
      if (!this.track && this.simpleEntry(whole, lineStart + start)) {
        value.push(this.map(i, start, true))
      } else {
        const text = this.lineText(i)
        if (isKeyAt(text, start)) {
          value.push(this.map(i, start, false))
        } else {
          value.push(this.inline(text, start, i))
          this.line = i + 1
        }
      }
      if (pos) pos.items!.push(this.pos!)
      i = this.nextSibling(indent)
      lineIndent = this.indent
    }
    this.line = i < 0 ? this.count : i
    this.pos = pos
    return value
  }

  /** `firstRead`: `simpleEntry` has just read the first line's entry (a sequence item's). */
  private map(at: number, indent: number, firstRead: boolean): Record<string, unknown> {
    const whole = this.text
    const value: Record<string, unknown> = {}
    const pos: PosNode | undefined = this.track
      ? { kind: 'map', line: at + 1, column: indent + 1, entries: new Map() }
      : undefined
    let i = at
    let lineIndent = indent
    // The first entry of a sequence item map ("- key: v") starts mid-line; the rest start at `indent`.
    while (i >= 0 && (i === at || lineIndent === indent)) {
      const lineStart = this.starts[i]!
      if (dashSpaceAt(whole, lineStart + indent)) bail()
      if (!this.track && ((firstRead && i === at) || this.simpleEntry(whole, lineStart + indent))) {
        const key = this.keyText
        if (key in value || key === '__proto__') bail()
        value[key] = this.entryValue
        this.line = i + 1
        i = this.nextSibling(indent)
        lineIndent = this.indent
        continue
      }
      const text = this.lineText(i)
      const colon = this.readKey(text, indent)
      const key = this.keyText
      if (key in value || key === '__proto__') bail()
      const after = colon + 1 + spaces(text, colon + 1)
      if (after >= text.length || text.charCodeAt(after) === HASH) {
        if (after < text.length && text.charCodeAt(after - 1) !== SPACE) bail()
        const next = this.nextContent(i + 1)
        if (next < 0) bail()
        const nextIndent = this.indent
        const seqHere = nextIndent === indent && dashSpaceAt(whole, this.starts[next]! + indent)
        if (nextIndent <= indent && !seqHere) bail()
        value[key] = this.block(next, nextIndent)
      } else {
        value[key] = this.inline(text, after, i)
        this.line = i + 1
      }
      if (pos) pos.entries!.set(key, { line: i + 1, column: indent + 1, value: this.pos! })
      i = this.nextSibling(indent)
      lineIndent = this.indent
    }
    this.line = i < 0 ? this.count : i
    this.pos = pos
    return value
  }

  /**
   * The usual entry line, `key: word` or `key: { key: word }` without a comment, in one native match
   * (cold code pays per step, a regular expression does not); false for anything else, which the general
   * path reads, and reads these lines the same way. Values only: positions come from the general path.
   * `at` is an offset in the whole text: the line is matched where it stands.
   */
  private simpleEntry(text: string, at: number): boolean {
    SIMPLE_ENTRY.lastIndex = at
    const m = SIMPLE_ENTRY.exec(text)
    if (m === null || m[1]!.length > 1024) return false
    const key = this.resolve(m[1]!)
    if (typeof key !== 'string') return false
    if (m[2] !== undefined) this.entryValue = this.resolve(m[2])
    else {
      const innerKey = this.resolve(m[3]!)
      // A key like `constructor` is one the general path gives up on: so does this one.
      if (typeof innerKey !== 'string' || innerKey in EMPTY || innerKey.length > 1024) return false
      this.entryValue = singleEntry(innerKey, this.resolve(m[4]!))
    }
    this.keyText = key
    return true
  }

  /** Reads the key starting at `at` into `keyText` and returns the index of its colon. */
  private readKey(text: string, at: number): number {
    const c = text.charCodeAt(at)
    if (c === DQUOTE || c === SQUOTE) {
      const end = this.quoted(text, at)
      if (end - at > 1024) bail()
      const colon = end + spaces(text, end)
      if (
        text.charCodeAt(colon) !== COLON ||
        (colon + 1 < text.length && text.charCodeAt(colon + 1) !== SPACE)
      )
        bail()
      this.keyText = this.quotedText
      return colon
    }
    if (indicatorStart(text, at)) bail()
    const colon = colonFrom(text, at)
    if (colon < at) bail()
    let end = colon
    while (end > at && text.charCodeAt(end - 1) === SPACE) end--
    // yaml rejects implicit keys over 1024 characters; that error is the full parser's to report.
    const comment = text.indexOf(' #', at)
    if (end - at > 1024 || (comment >= 0 && comment + 2 <= end)) bail()
    const key = this.plainScalar(text, at, end)
    if (typeof key !== 'string') bail()
    this.keyText = key as string
    return colon
  }

  /** A one-line value: quoted, flow collection or plain scalar, followed only by a comment. */
  private inline(text: string, at: number, line: number): unknown {
    this.at = at
    const value = this.flowValue(text, line, false)
    const end = this.at
    const rest = end + spaces(text, end)
    if (rest < text.length && !(rest > end && text.charCodeAt(rest) === HASH)) bail()
    return value
  }

  private flowValue(text: string, line: number, inFlow: boolean): unknown {
    const at = this.at
    const c = text.charCodeAt(at)
    if (c === DQUOTE || c === SQUOTE) {
      this.at = this.quoted(text, at)
      if (this.track) this.pos = { kind: 'scalar', line: line + 1, column: at + 1 }
      return this.quotedText
    }
    if (c === OPEN_SEQ || c === OPEN_MAP) {
      if (++this.depth > MAX_DEPTH) bail()
      const value = c === OPEN_SEQ ? this.flowSeq(text, line, at) : this.flowMap(text, line, at)
      this.depth--
      return value
    }
    if (at >= text.length || indicatorStart(text, at)) bail()
    // Plain scalar: up to a comment (or, in a flow collection, a separator); `: ` inside is an error in YAML.
    let end = plainEnd(text, at, inFlow)
    if (!inFlow && text.charCodeAt(end) === COLON) bail()
    while (end > at && text.charCodeAt(end - 1) === SPACE) end--
    this.at = end
    if (this.track) this.pos = { kind: 'scalar', line: line + 1, column: at + 1 }
    return this.plainScalar(text, at, end)
  }

  /**
   * The plain scalar `text[at..end)`, resolved. Manifests repeat a few keys and paths thousands of times
   * (`key`, `path`, `/backend`), so the last scalar of each short length is kept: a repeat then costs one
   * comparison, not a new string, a resolution and a lookup of the string as a property name.
   */
  private plainScalar(text: string, at: number, end: number): unknown {
    const length = end - at
    if (length >= REMEMBERED_LENGTHS) return plain(text.slice(at, end))
    const last = this.lastPlain[length]
    if (last !== undefined && text.startsWith(last, at)) return this.lastResolved[length]
    return this.remember(text.slice(at, end))
  }

  /** `plainScalar` for a scalar already cut out. */
  private resolve(raw: string): unknown {
    const length = raw.length
    if (length >= REMEMBERED_LENGTHS) return plain(raw)
    if (this.lastPlain[length] === raw) return this.lastResolved[length]
    return this.remember(raw)
  }

  private remember(raw: string): unknown {
    const value = plain(raw)
    this.lastPlain[raw.length] = raw
    this.lastResolved[raw.length] = value
    return value
  }

  private flowSeq(text: string, line: number, at: number): unknown[] {
    const value: unknown[] = []
    const node: PosNode | undefined = this.track
      ? { kind: 'seq', line: line + 1, column: at + 1, items: [] }
      : undefined
    this.at = at + 1 + spaces(text, at + 1)
    while (text.charCodeAt(this.at) !== CLOSE_SEQ) {
      value.push(this.flowValue(text, line, true))
      if (node) node.items!.push(this.pos!)
      this.at = separator(text, this.at, CLOSE_SEQ)
    }
    this.at++
    this.pos = node
    return value
  }

  private flowMap(text: string, line: number, at: number): Record<string, unknown> {
    const value: Record<string, unknown> = {}
    const node: PosNode | undefined = this.track
      ? { kind: 'map', line: line + 1, column: at + 1, entries: new Map() }
      : undefined
    this.at = at + 1 + spaces(text, at + 1)
    while (text.charCodeAt(this.at) !== CLOSE_MAP) {
      const keyAt = this.at
      const key = this.flowValue(text, line, true)
      if (typeof key !== 'string' || key in value || key === '__proto__' || this.at - keyAt > 1024) bail()
      if (text.charCodeAt(this.at) !== COLON || text.charCodeAt(this.at + 1) !== SPACE) bail()
      this.at = this.at + 1 + spaces(text, this.at + 1)
      value[key as string] = this.flowValue(text, line, true)
      if (node) node.entries!.set(key as string, { line: line + 1, column: keyAt + 1, value: this.pos! })
      this.at = separator(text, this.at, CLOSE_MAP)
    }
    this.at++
    this.pos = node
    return value
  }

  /** A quoted scalar starting at `at`: its text goes to `quotedText`; returns the index after it. */
  private quoted(text: string, at: number): number {
    if (text.charCodeAt(at) === DQUOTE) {
      const close = text.indexOf('"', at + 1)
      if (close < 0) bail()
      // Escapes are the full parser's.
      const backslash = text.indexOf('\\', at + 1)
      if (backslash >= 0 && backslash < close) bail()
      this.quotedText = text.slice(at + 1, close)
      return close + 1
    }
    let value = ''
    for (let from = at + 1; ; ) {
      const close = text.indexOf("'", from)
      if (close < 0) bail()
      value += text.slice(from, close)
      if (text.charCodeAt(close + 1) !== SQUOTE) {
        this.quotedText = value
        return close + 1
      }
      value += "'"
      from = close + 2
    }
  }
}

/**
 * `{ [key]: value }`. The usual value sources are object literals of a known shape: a computed key costs
 * a call into the runtime per object, and a manifest has one such object per secret.
 */
function singleEntry(key: string, value: unknown): Record<string, unknown> {
  if (key === 'literal') return { literal: value }
  if (key === 'env') return { env: value }
  if (key === 'file') return { file: value }
  return { [key]: value }
}

/** `^(---|\.\.\.)( |$)` on the line starting at `at` of the whole text. */
function isDocumentMarker(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  if (text.charCodeAt(at + 1) !== c || text.charCodeAt(at + 2) !== c) return false
  const next = text.charCodeAt(at + 3)
  return next === SPACE || next === NEWLINE || Number.isNaN(next)
}

/** Does a mapping key (`key:` followed by a space or the end of the line) start at `at`? */
function isKeyAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  if (c === DQUOTE || c === SQUOTE) {
    const close = text.indexOf(text[at]!, at + 1)
    if (close <= 0) return false
    const colon = close + 1 + spaces(text, close + 1)
    return (
      text.charCodeAt(colon) === COLON && (colon + 1 === text.length || text.charCodeAt(colon + 1) === SPACE)
    )
  }
  if (c === OPEN_SEQ || c === OPEN_MAP) return false
  const colon = colonFrom(text, at)
  if (colon <= at) return false
  const comment = text.indexOf(' #', at)
  return comment < 0 || comment + 2 > colon
}

/** After a flow item: `, next` or the closing bracket (a trailing comma or a missing one: full parser). */
function separator(text: string, at: number, close: number): number {
  at += spaces(text, at)
  if (text.charCodeAt(at) === close) return at
  if (text.charCodeAt(at) !== COMMA) bail()
  at += 1 + spaces(text, at + 1)
  if (text.charCodeAt(at) === close || at >= text.length) bail()
  return at
}

/** YAML 1.2 core schema resolution of a plain scalar (the `yaml` default); nulls and NaN/Inf bail. */
function plain(raw: string): unknown {
  // Only these first characters can start a null, bool, int or float; anything else is a string.
  const first = raw.charCodeAt(0)
  if (raw.length > 0 && !(first < 128 && MAYBE_NOT_STRING[first])) return raw
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
