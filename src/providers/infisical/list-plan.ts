import type { Scope } from '../../core/seam/types.js'

/** One list request: a folder of one environment, alone or with everything under it. */
export interface ListRead {
  environment: string
  root: string
  recursive: boolean
  /** Indexes (into the scopes asked for) this read answers. */
  scopes: number[]
}

/**
 * One read per environment: a single managed folder is listed alone; several are listed with one
 * recursive read of the deepest folder that holds them all, so an environment costs one request and
 * nothing above the managed folders is pulled.
 */
export function planListReads(scopes: readonly Scope[]): ListRead[] {
  const byEnvironment = new Map<string, number[]>()
  scopes.forEach((s, i) => {
    const list = byEnvironment.get(s.environment) ?? []
    list.push(i)
    byEnvironment.set(s.environment, list)
  })
  return [...byEnvironment].map(([environment, indexes]) => {
    const paths = [...new Set(indexes.map((i) => scopes[i]!.path))]
    const root = paths.length === 1 ? paths[0]! : commonFolder(paths)
    return { environment, root, recursive: paths.length > 1, scopes: indexes }
  })
}

/** The deepest folder that is `path` or holds it. */
export function isWithin(path: string, folder: string): boolean {
  return folder === '/' || path === folder || path.startsWith(`${folder}/`)
}

function commonFolder(paths: string[]): string {
  const split = paths.map((p) => p.split('/').filter(Boolean))
  const common: string[] = []
  for (let i = 0; split.every((s) => i < s.length && s[i] === split[0]![i]); i++) common.push(split[0]![i]!)
  return `/${common.join('/')}`
}
