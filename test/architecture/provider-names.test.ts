import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROVIDER_DEFINITIONS } from '../../src/providers/registry.js'

// A provider is one folder and one registry line: outside src/providers/<type>/ (and the sandbox, which
// imitates the servers) no source file names it, so adding or removing a provider touches no other room.
const root = path.resolve(import.meta.dirname, '../..')

/**
 * The registry: its definitions (registry.ts) and their client-free half (catalog.ts, what the hook
 * loads). The action's inputs are listed in action.yml; each provider's definition names its own.
 */
const ALLOWED = ['src/providers/registry.ts', 'src/providers/catalog.ts']

/** How a provider may be spelt in code, strings or comments: its type, its name, camelCase, snake_case. */
function spellings(type: string, name: string): string[] {
  const camel = type.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
  return [...new Set([type, name, camel, type.replace(/-/g, '_')].map((s) => s.toLowerCase()))]
}

/** The providers each file names, outside the files allowed to. */
function namedOutsideTheirFolders(
  files: ReadonlyMap<string, string>,
  providers: readonly { type: string; name: string }[],
): Record<string, string[]> {
  const found: Record<string, string[]> = {}
  for (const [file, text] of files) {
    if (file.startsWith('src/sandbox/') || ALLOWED.includes(file)) continue
    const lower = text.toLowerCase()
    for (const { type, name } of providers) {
      if (file.startsWith(`src/providers/${type}/`)) continue
      if (!spellings(type, name).some((s) => lower.includes(s))) continue
      found[file] = [...(found[file] ?? []), type]
    }
  }
  return found
}

function sources(): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(path.join(root, 'src'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue
    const full = path.join(entry.parentPath, entry.name)
    files.set(path.relative(root, full).split(path.sep).join('/'), readFileSync(full, 'utf8'))
  }
  return files
}

describe('provider names', () => {
  it('each provider has its folder, named for its type', () => {
    for (const d of PROVIDER_DEFINITIONS)
      expect(existsSync(path.join(root, 'src/providers', d.type))).toBe(true)
  })

  it('no file outside its folder, the registry and the sandbox names a provider', () => {
    const found = namedOutsideTheirFolders(sources(), PROVIDER_DEFINITIONS)
    expect(found).toEqual({})
  })

  it('the core and the hook name none at all', () => {
    const found = namedOutsideTheirFolders(sources(), PROVIDER_DEFINITIONS)
    expect(Object.keys(found).filter((f) => f.startsWith('src/core/') || f.startsWith('src/hook/'))).toEqual(
      [],
    )
  })

  it('finds every spelling, in code, strings and comments', () => {
    const providers = [{ type: 'acme-vault', name: 'Acme Vault' }]
    const files = new Map([
      ['src/core/a.ts', 'const x = acmeVault'],
      ['src/core/b.ts', '// reads the Acme Vault API'],
      ['src/core/c.ts', "type: 'acme-vault'"],
      ['src/core/d.ts', 'ACME_VAULT_RULES'],
      ['src/core/e.ts', 'nothing here'],
      ['src/providers/acme-vault/x.ts', 'acmeVault'],
      ['src/sandbox/acme-vault/x.ts', 'acmeVault'],
      ['src/providers/registry.ts', 'acmeVault'],
    ])
    expect(namedOutsideTheirFolders(files, providers)).toEqual({
      'src/core/a.ts': ['acme-vault'],
      'src/core/b.ts': ['acme-vault'],
      'src/core/c.ts': ['acme-vault'],
      'src/core/d.ts': ['acme-vault'],
    })
  })
})
