/**
 * Infisical trims values on write but keeps exactly one trailing newline when the input ended with one
 * ("  x  " is stored as "x", "x\n\n" as "x\n"). Comparing against that form keeps a re-plan clean.
 */
export function normalizeInfisicalValue(value: string): string {
  const trimmed = value.trim()
  return value.endsWith('\n') ? `${trimmed}\n` : trimmed
}
