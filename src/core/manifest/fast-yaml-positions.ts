import type { Position, SourceMap } from './source-map.js'

/** Where the fast YAML reader found each node, answered in the SourceMap contract of createSourceMap. */

/** A map entry: the key's position and the value node. */
export interface Entry {
  line: number
  column: number
  value: PosNode
}

export interface PosNode {
  kind: 'map' | 'seq' | 'scalar'
  line: number
  column: number
  /** Map entries: key position and value node, in insertion order. */
  entries?: Map<string, Entry>
  items?: PosNode[]
}

/** Thrown when the document leaves the subset the fast reader handles. */
export class Bail extends Error {}
export const bail = (): never => {
  throw new Bail()
}

/**
 * The SourceMap contract of createSourceMap, over positions read only when first asked for: a manifest
 * without findings never needs one, and recording them costs as much as reading the values. The lines
 * too are cut out only when asked for.
 */
export function sourceMap(readPositions: () => PosNode, lines: () => readonly string[]): SourceMap {
  let root: PosNode | undefined
  const START: Position = { line: 1, column: 1 }
  const at = (n: PosNode | Position | undefined): Position => (n ? { line: n.line, column: n.column } : START)
  const walk = (path: readonly PropertyKey[]) => {
    root ??= readPositions()
    let node: PosNode = root
    let key: PosNode | Position | undefined
    for (const segment of path) {
      if (node.kind === 'map') {
        const entry = node.entries!.get(String(segment))
        if (!entry) return { parent: node }
        key = entry
        node = entry.value
      } else if (node.kind === 'seq' && typeof segment === 'number') {
        const item = node.items![segment]
        if (!item) return { parent: node }
        key = item
        node = item
      } else {
        return { parent: node }
      }
    }
    return { value: node, key }
  }
  let starts: number[] | undefined
  return {
    locate: (path) => {
      const found = walk(path)
      return at(found.value ?? found.parent)
    },
    locateKey: (path) => {
      const found = walk(path)
      return at(found.key ?? found.value ?? found.parent)
    },
    offsetPosition: (offset) => {
      if (offset === undefined) return START
      if (!starts) {
        starts = [0]
        for (const text of lines()) starts.push(starts.at(-1)! + text.length + 1)
      }
      let line = lines().length - 1
      while (line > 0 && starts[line]! > offset) line--
      return { line: line + 1, column: offset - starts[line]! + 1 }
    },
    lineText: (line) => lines()[line - 1] ?? '',
  }
}
