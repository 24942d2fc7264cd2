/**
 * Scalars for hand-laid YAML. A plain scalar only where YAML cannot read it as anything but that
 * string; everything else double-quoted with JSON escapes, which YAML reads back unchanged.
 */
const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i

export function yamlString(text: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(text) && !RESERVED.test(text)) return text
  if (/^\/[A-Za-z0-9_/-]*$/.test(text)) return text
  return JSON.stringify(text)
}

/** `[a, b]` with each item as a scalar. */
export function yamlList(items: readonly string[]): string {
  return `[${items.map(yamlString).join(', ')}]`
}

/** `{ a: x, b: y }` on one line. */
export function yamlMap(entries: Record<string, string>): string {
  const body = Object.entries(entries)
    .map(([k, v]) => `${yamlString(k)}: ${yamlString(v)}`)
    .join(', ')
  return `{ ${body} }`
}
