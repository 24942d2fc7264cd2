import { type Document, isScalar, LineCounter, parseDocument, visit } from 'yaml'
import type { z } from 'zod'
import type { ProviderCatalog } from '../catalog.js'
import { type Diagnostic, sortDiagnostics } from '../diagnostics.js'
import { fastValidate } from './fast-schema.js'
import { MAX_FAST_CHARS, parseYamlSubset } from './fast-yaml.js'
import { type Manifest, manifestSchema } from './schema.js'
import { checkSemantics } from './semantics.js'
import { createSourceMap, remapItems, type SourceMap } from './source-map.js'
import { MAX_MANIFEST_BYTES } from './vocabulary.js'

/** Bounds alias expansion (a "billion laughs" document) long before memory is at risk. */
const MAX_ALIAS_COUNT = 100

export interface ParsedManifest {
  file: string
  manifest: Manifest
  source: SourceMap
}

export interface ParseResult {
  parsed?: ParsedManifest
  /**
   * When some items failed the schema: the manifest without them, positioned at the original lines, so
   * the naming rules can still run on every item that did parse. Never planned or applied.
   */
  partial?: ParsedManifest
  diagnostics: Diagnostic[]
  source: SourceMap
}

/**
 * Reads and checks a manifest: the fast path for plain YAML that passes the schema (the hook's reader
 * and zod-free check, several times quicker on large manifests), else `yaml` and zod, which also word
 * every error with its position. Both give the same result; tests compare them.
 */
export function parseManifest(text: string, file: string, catalog: ProviderCatalog): ParseResult {
  const plain = parsePlainManifest(text, file, catalog)
  if (plain) return { parsed: plain, diagnostics: checkSemantics(plain, catalog), source: plain.source }
  return parseManifestWithYaml(text, file, catalog)
}

function parsePlainManifest(
  text: string,
  file: string,
  catalog: ProviderCatalog,
): ParsedManifest | undefined {
  // Past MAX_FAST_CHARS the size limit may apply; within it, a large manifest keeps the fast path (no
  // cliff where `yaml` and zod take over a file that is merely big).
  if (text.length > MAX_FAST_CHARS && Buffer.byteLength(text) > MAX_MANIFEST_BYTES) return undefined
  const doc = parseYamlSubset(text)
  const manifest = doc && fastValidate(doc.value, catalog)
  return doc && manifest ? { file, manifest, source: doc.source } : undefined
}

/** `parseManifest` by `yaml` and zod alone, whatever the manifest. */
export function parseManifestWithYaml(text: string, file: string, catalog: ProviderCatalog): ParseResult {
  const lineCounter = new LineCounter()
  const error = (
    line: number,
    column: number,
    ruleId: string,
    message: string,
    hint?: string,
  ): Diagnostic => ({
    file,
    line,
    column,
    ruleId,
    severity: 'error',
    message,
    ...(hint ? { hint } : {}),
  })
  if (Buffer.byteLength(text) > MAX_MANIFEST_BYTES) {
    const source = createSourceMap('', undefined, lineCounter)
    const message = `manifest is larger than ${MAX_MANIFEST_BYTES / 1024 / 1024} MiB`
    return {
      diagnostics: [error(1, 1, 'manifest-too-large', message, 'split it or remove generated content')],
      source,
    }
  }
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true })
  const source = createSourceMap(text, doc, lineCounter)
  // `linePos` is only filled in with prettyErrors, so the position comes from the error's offset.
  const syntax = doc.errors.map((e) => {
    const { line, column } = source.offsetPosition(e.pos[0])
    return error(line, column, 'yaml-syntax', firstLine(e.message), 'fix the YAML syntax at this position')
  })
  const repeated = duplicateKeys(doc, source, file)
  if (syntax.length > 0) return { diagnostics: [...syntax, ...repeated], source }

  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (e) {
    const message = e instanceof Error ? firstLine(e.message) : 'the document cannot be read'
    return {
      diagnostics: [error(1, 1, 'yaml-syntax', message, 'remove excessive aliases (&anchor / *alias)')],
      source,
    }
  }
  if (data === null || data === undefined) {
    return {
      diagnostics: [error(1, 1, 'manifest-schema', 'the manifest is empty', 'start with `version: 1`')],
      source,
    }
  }

  const result = manifestSchema(catalog).safeParse(data)
  if (!result.success) {
    const schema = result.error.issues.flatMap((i) => issueToDiagnostics(i, data, source, file))
    const partial = validItems(data, result.error.issues, file, source, catalog)
    return {
      ...(partial ? { partial } : {}),
      diagnostics: sortDiagnostics([
        ...repeated,
        ...schema,
        ...(partial ? checkSemantics(partial, catalog) : []),
      ]),
      source,
    }
  }
  const parsed = { file, manifest: result.data, source }
  return { parsed, diagnostics: [...repeated, ...checkSemantics(parsed, catalog)], source }
}

function issueToDiagnostics(
  issue: z.core.$ZodIssue,
  data: unknown,
  source: SourceMap,
  file: string,
): Diagnostic[] {
  const where = issue.path.length ? issue.path.join('.') : 'manifest'
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const pos = source.locateKey([...issue.path, key])
      return {
        file,
        ...pos,
        ruleId: 'manifest-schema',
        severity: 'error' as const,
        message: `unknown field '${key}' in ${where}`,
        hint: 'check the spelling; `secrets-manifest schema` prints every field',
      }
    })
  }
  const pos = source.locate(issue.path)
  const absent = valueAt(data, issue.path) === undefined
  return [
    {
      file,
      ...pos,
      ruleId: 'manifest-schema',
      severity: 'error',
      message: absent ? `${where} is required` : `${where}: ${issue.message}`,
      hint: absent ? `add \`${String(issue.path.at(-1))}:\`` : 'see the manifest reference in the README',
    },
  ]
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim()
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<PropertyKey, unknown>)[segment]
  }
  return node
}

/** yaml reports a repeated key at the map; we point at the repeated key itself. */
function duplicateKeys(doc: Document, source: SourceMap, file: string): Diagnostic[] {
  const out: Diagnostic[] = []
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>()
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue
        const key = String(pair.key.value)
        if (seen.has(key)) {
          const { line, column } = source.offsetPosition(pair.key.range?.[0])
          out.push({
            file,
            line,
            column,
            ruleId: 'yaml-syntax',
            severity: 'error',
            message: `key '${key}' appears twice in the same mapping`,
            hint: 'remove or rename one of them',
          })
        }
        seen.add(key)
      }
    },
  })
  return out
}

const ITEM_LISTS = ['secrets', 'duplicates', 'shares'] as const

/**
 * The manifest without the list items the schema rejected, when everything else passes: the semantic
 * and naming checks then run on every item that did parse, at its own line.
 */
function validItems(
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
  file: string,
  source: SourceMap,
  catalog: ProviderCatalog,
): ParsedManifest | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined
  const bad = new Map<string, Set<number>>(ITEM_LISTS.map((list) => [list, new Set()]))
  for (const issue of issues) {
    const [list, index] = issue.path
    const set = typeof list === 'string' ? bad.get(list) : undefined
    if (!set || typeof index !== 'number') return undefined
    set.add(index)
  }
  const kept: Record<string, number[]> = {}
  const rest: Record<string, unknown> = { ...(data as Record<string, unknown>) }
  for (const list of ITEM_LISTS) {
    const items = rest[list]
    if (!Array.isArray(items)) continue
    kept[list] = items.map((_, i) => i).filter((i) => !bad.get(list)!.has(i))
    rest[list] = kept[list].map((i) => items[i])
  }
  const result = manifestSchema(catalog).safeParse(rest)
  return result.success ? { file, manifest: result.data, source: remapItems(source, kept) } : undefined
}
