import type { ProviderCatalog } from '../catalog.js'

/**
 * One sentence per manifest field: the JSON Schema's descriptions (editor hovers) are taken from here
 * and from each provider's block (`fieldDocs` of its manifest.ts), and a test checks that every
 * property of the schema has one. Keys are property paths; `[]` is an item of a list; a value source's
 * fields are under `source.` wherever the source appears.
 */
export const FIELD_DOCS: Record<string, string> = {
  version: 'Always 1.',
  provider: 'The secrets manager this manifest manages. No credentials here, ever.',
  environments: 'The environment slugs this manifest manages; each must exist in the project.',
  rules: "Your team's key rules on top of the built-in ones.",
  'rules.key': 'A rule every key must follow.',
  'rules.key.pattern': 'A regular expression every key must match.',
  'rules.key.maxLength': 'The longest key allowed.',
  'rules.prefixes': 'Allowed key prefixes per folder path.',
  'rules.off': 'Built-in rule ids to turn off for this manifest.',
  secrets: 'The secrets, each with where its value comes from (never the value).',
  'secrets[].key': 'The key; unique per environment and folder.',
  'secrets[].path': "Folder, '/' or '/a/b' (letters, digits, -, _); default '/'; created when missing.",
  'secrets[].comment': 'Managed when present, left alone remotely when absent.',
  'secrets[].tags': 'Tag slugs; they must exist in the project. Managed when present.',
  'secrets[].metadata': 'Key-value metadata. Managed when present.',
  'secrets[].environments': 'A subset of the top-level environments; default all of them.',
  'secrets[].value':
    'Where the value comes from: one source for every environment, or a map environment → source. Absent: the key must exist remotely.',
  'source.env': 'The value is this environment variable of the CLI or the action step.',
  'source.allowEmpty':
    'An empty value is meant: without this, an empty variable or file counts as missing (GitHub gives "" for a secret the job cannot see).',
  'source.literal': 'The value itself; only for values that are not secret (lint checks).',
  'source.file': 'The value is this file, relative to the manifest and inside the repository.',
  'source.generate': 'A random value, created once and never overwritten.',
  'source.generate.length': 'Characters, 16 to 4096.',
  'source.generate.charset': 'alphanumeric, hex, base64url or ascii-printable.',
  duplicates: "Copies between environments/folders with the provider's own endpoint.",
  'duplicates[].from': 'Source environment and folder.',
  'duplicates[].from.environment': 'Source environment.',
  'duplicates[].from.path': 'Source folder.',
  'duplicates[].to': 'Destination environment and folder.',
  'duplicates[].to.environment': 'Destination environment.',
  'duplicates[].to.path': 'Destination folder.',
  'duplicates[].keys': "The keys to copy, or '*' for the whole folder.",
  'duplicates[].overwrite': 'true: replace a destination secret that differs; default false.',
  'duplicates[].copy': 'What is copied: value, comment, tags, metadata.',
  shares: 'Share links, where the provider has them: at most one live link per name.',
  'shares[].name': 'Stable name; a link is created once per name.',
  'shares[].secret': 'The secret to share.',
  'shares[].secret.key': 'Its key.',
  'shares[].secret.environment': 'Its environment.',
  'shares[].secret.path': 'Its folder.',
  'shares[].expiresIn': 'Lifetime, 5m to 30d; default 24h.',
  'shares[].maxViews': 'How many times it can be opened; default 1.',
  'shares[].access': 'organization (default) or anyone (needs a password).',
  'shares[].password': 'Where the password comes from.',
  'shares[].password.env': 'The password is this environment variable.',
  prune:
    'true: remote-only keys in managed folders are deleted, and only when apply is also given --allow-delete. Default false.',
}

/** The FIELD_DOCS key of a schema property path (`secrets[].value{}.env` → `source.env`). */
export function fieldDocKey(path: string): string {
  const source = /^secrets\[\]\.value(?:\{\})?\.(.+)$/.exec(path)
  return source ? `source.${source[1]}` : path
}

/**
 * The doc of a FIELD_DOCS key, or of a provider block's field (the first provider that documents it:
 * blocks that share a field, like `apiUrl`, say the same of it).
 */
export function fieldDoc(key: string, catalog: ProviderCatalog): string | undefined {
  if (key === 'provider.type') return `${orList(catalog.providers.map((p) => p.type))}.`
  return (
    FIELD_DOCS[key] ?? catalog.providers.find((p) => key in p.manifest.fieldDocs)?.manifest.fieldDocs[key]
  )
}

/** `a, b or c`. */
function orList(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`
}
