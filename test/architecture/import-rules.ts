import path from 'node:path'
import ts from 'typescript'

/** One import of one source file: the file (repository-relative, `/`-separated) and what it names. */
export interface ImportEdge {
  from: string
  specifier: string
  /** The repository-relative file a relative specifier resolves to (`.js` read as `.ts`); else undefined. */
  target: string | undefined
  dynamic: boolean
}

/** Every static, re-export, side-effect and dynamic import of `source`, read by TypeScript's pre-processor. */
export function importsOf(file: string, source: string): ImportEdge[] {
  const info = ts.preProcessFile(source, true, true)
  return info.importedFiles.map(({ fileName, pos }) => {
    const before = source.slice(Math.max(0, pos - 30), pos)
    const relative = fileName.startsWith('.')
    const target = relative
      ? path.posix.normalize(path.posix.join(path.posix.dirname(file), fileName)).replace(/\.js$/, '.ts')
      : undefined
    return { from: file, specifier: fileName, target, dynamic: /import\s*\(\s*$/.test(before) }
  })
}

const NODE_IO = [
  'fs',
  'fs/promises',
  'net',
  'http',
  'https',
  'http2',
  'tls',
  'dgram',
  'dns',
  'child_process',
  'cluster',
  'worker_threads',
  'readline',
  'os',
  'process',
]
const isNodeIo = (s: string) => NODE_IO.includes(s.replace(/^node:/, ''))
const under = (file: string | undefined, ...rooms: string[]) =>
  file !== undefined && rooms.some((room) => file === `${room}.ts` || file.startsWith(`${room}/`))
const isHttpClientPackage = (s: string) => s === 'undici' || s.startsWith('undici/')

/** The arrows the layout promises. Each returns why an edge breaks it, or undefined. */
const RULES: readonly ((edge: ImportEdge) => string | undefined)[] = [
  ({ from, specifier, target }) => {
    if (!under(from, 'src/core')) return undefined
    if (isNodeIo(specifier)) return 'the core does no I/O'
    if (isHttpClientPackage(specifier) || specifier.startsWith('@actions/')) return 'the core has no edges'
    if (target !== undefined && !under(target, 'src/core', 'src/util'))
      return 'the core imports nothing outside itself'
    return undefined
  },
  ({ from, target }) =>
    under(from, 'src/util') && target !== undefined && !under(target, 'src/util')
      ? 'a shared utility imports no room'
      : undefined,
  ({ from, target }) =>
    under(from, 'src/providers') &&
    under(target, 'src/app', 'src/apply', 'src/cli', 'src/action', 'src/hook', 'src/github', 'src/sandbox')
      ? 'a provider imports nothing above it'
      : undefined,
  ({ from, target }) =>
    under(from, 'src/http') &&
    under(target, 'src/providers', 'src/app', 'src/apply', 'src/cli', 'src/action', 'src/hook', 'src/github')
      ? 'the HTTP client imports nothing above it'
      : undefined,
  ({ from, specifier, target }) =>
    under(from, 'src/hook') &&
    (specifier.startsWith('@actions/') || isHttpClientPackage(specifier) || under(target, 'src/http'))
      ? 'the hook loads no Actions toolkit and no HTTP client'
      : undefined,
  ({ from, target }) =>
    under(target, 'src/sandbox') &&
    !under(from, 'src/sandbox', 'src/cli', 'src/action', 'scripts', 'test', 'bench')
      ? 'only entries and tests load the sandbox'
      : undefined,
]

export interface Violation {
  from: string
  specifier: string
  rule: string
}

/** The imports among `files` (path -> source) that break an arrow. */
export function importViolations(files: ReadonlyMap<string, string>): Violation[] {
  const violations: Violation[] = []
  for (const [file, source] of files) {
    for (const edge of importsOf(file, source)) {
      for (const rule of RULES) {
        const broken = rule(edge)
        if (broken) violations.push({ from: file, specifier: edge.specifier, rule: broken })
      }
    }
  }
  return violations
}

/**
 * The files `entry` loads at start-up: its static imports, transitively (a dynamic import() is a chunk
 * loaded when used, so it is not followed).
 */
export function staticallyLoaded(files: ReadonlyMap<string, string>, entry: string): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file) || !files.has(file)) return
    seen.add(file)
    for (const edge of importsOf(file, files.get(file)!)) if (!edge.dynamic && edge.target) visit(edge.target)
  }
  visit(entry)
  return seen
}
