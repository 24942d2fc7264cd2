import { type Document, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml'

export interface Position {
  line: number
  column: number
}

/** Maps a path inside the parsed YAML (as zod reports it) back to a line and column in the file. */
export interface SourceMap {
  /** Position of the value at `path`, or of its nearest existing parent when it is absent. */
  locate(path: readonly PropertyKey[]): Position
  /** Position of the key that introduces `path` (for "unknown field" findings). */
  locateKey(path: readonly PropertyKey[]): Position
  /** Position of a character offset in the text. */
  offsetPosition(offset: number | undefined): Position
  /** The text of a 1-based line, for inline waivers. */
  lineText(line: number): string
}

const START: Position = { line: 1, column: 1 }

export function createSourceMap(
  text: string,
  doc: Document | undefined,
  lineCounter: LineCounter,
): SourceMap {
  const lines = text.split(/\r?\n/)
  const at = (offset: number | undefined): Position => {
    if (offset === undefined) return START
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  const walk = (path: readonly PropertyKey[]): { value?: Node; key?: Node; parent?: Node } => {
    let node = doc?.contents as Node | null | undefined
    let key: Node | undefined
    for (const segment of path) {
      if (!node) return {}
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment))
        if (!pair) return { parent: node }
        key = pair.key as Node
        node = pair.value as Node | null
        if (!node) return { key, parent: key }
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined
        if (!item) return { parent: node }
        key = item
        node = item
      } else {
        return { parent: node }
      }
    }
    return { value: node ?? undefined, key }
  }
  return {
    locate(path) {
      const found = walk(path)
      return at((found.value ?? found.parent)?.range?.[0])
    },
    locateKey(path) {
      const found = walk(path)
      return at((found.key ?? found.value ?? found.parent)?.range?.[0])
    },
    offsetPosition: at,
    lineText(line) {
      return lines[line - 1] ?? ''
    },
  }
}

/**
 * A source map for a copy of the manifest whose lists lost some items: `kept[list][i]` is the original
 * index of item `i`, so findings on the copy point at the item's own line.
 */
export function remapItems(source: SourceMap, kept: Readonly<Record<string, readonly number[]>>): SourceMap {
  const original = (path: readonly PropertyKey[]): PropertyKey[] => {
    const [list, index, ...rest] = path
    const indexes = typeof list === 'string' ? kept[list] : undefined
    if (!indexes || typeof index !== 'number') return [...path]
    return [list!, indexes[index] ?? index, ...rest]
  }
  return {
    ...source,
    locate: (path) => source.locate(original(path)),
    locateKey: (path) => source.locateKey(original(path)),
  }
}
