/**
 * Our own masking, applied to every channel we write (log, summary, comment, outputs, errors), on top of
 * the runner's `::add-mask::`. GitHub masks only what it was told, and only in the log; a value can also
 * escape in a derived form, so each registered value is also masked as its JSON-escaped, URL-encoded and
 * base64 forms, and line by line when it spans lines.
 */
export const MASK = '***'

/** Shorter strings are too common to mask without destroying ordinary output. */
const MIN_MASKED_LENGTH = 4

export class Redactor {
  private readonly secrets = new Set<string>()
  private pattern: RegExp | undefined
  private readonly listeners: ((secret: string) => void)[] = []

  /** Called for each new string to mask, e.g. to forward it to `core.setSecret`. */
  onRegister(listener: (secret: string) => void): void {
    this.listeners.push(listener)
    for (const s of this.secrets) listener(s)
  }

  register(value: string | undefined): void {
    if (value === undefined) return
    for (const form of derivedForms(value)) {
      if (form.length < MIN_MASKED_LENGTH || this.secrets.has(form)) continue
      this.secrets.add(form)
      this.pattern = undefined
      for (const listener of this.listeners) listener(form)
    }
  }

  redact(text: string): string {
    if (this.secrets.size === 0) return text
    this.pattern ??= new RegExp(
      [...this.secrets]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|'),
      'g',
    )
    return text.replace(this.pattern, MASK)
  }

  get size(): number {
    return this.secrets.size
  }
}

function derivedForms(value: string): string[] {
  const trimmed = value.trim()
  const forms = [value, trimmed, JSON.stringify(trimmed).slice(1, -1), encodeURIComponent(trimmed)]
  forms.push(Buffer.from(trimmed).toString('base64'), Buffer.from(trimmed).toString('base64url'))
  if (/[\r\n]/.test(trimmed)) forms.push(...trimmed.split(/\r?\n/).map((line) => line.trim()))
  return forms
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
