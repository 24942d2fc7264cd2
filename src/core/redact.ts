import { text as markdownText } from './render/markdown-fit.js'

/**
 * Our own masking, applied to every channel we write (log, summary, comment, outputs, errors), on top of
 * the runner's `::add-mask::`. GitHub masks only what it was told, and only in the log; a value can also
 * escape in a derived form, so each registered value is also masked as its JSON-escaped, URL-encoded and
 * base64 forms, line by line when it spans lines, and in the forms our Markdown and HTML escaping give
 * it, because masking runs on the final text of a channel, after formatting.
 *
 * Two tiers, so masking cannot break output. A value that is too short or too common (an ordinary word,
 * a key or environment name, a JSON literal: `true`, `update`, `prod`, `DATABASE_URL`) is not masked in
 * formatted text and not given to the runner, which would mask it everywhere in the log; it is masked
 * in free text (a server's error message), the only text that could quote a value, before that text is
 * formatted. Nothing else we print holds values: plans and reports are built from names and actions.
 */
export const MASK = '***'

/** Shorter strings are too common to mask even in free text. */
const MIN_MASKED_LENGTH = 4
/** Shorter strings, words and key-style names are masked in free text only. */
const MIN_DISTINCTIVE_LENGTH = 8
/** Letters only and no longer than most words (`production`, `organization`); longer is random enough. */
const ONE_WORD = /^[A-Za-z]{1,16}$/
const KEY_NAME = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/

export class Redactor {
  private readonly everyForm = new Set<string>()
  private readonly distinctive = new Set<string>()
  private pattern: Masker | undefined
  private freeTextPattern: Masker | undefined
  private readonly listeners: ((secret: string) => void)[] = []

  /** Called for each new distinctive string to mask, e.g. to forward it to `core.setSecret`. */
  onRegister(listener: (secret: string) => void): void {
    this.listeners.push(listener)
    for (const s of this.distinctive) listener(s)
  }

  register(value: string | undefined): void {
    this.add(value, false)
  }

  /**
   * A credential (client secret, token, API key) is masked everywhere however ordinary it looks: the
   * runner must not print it even in a line we did not write. Values use `register`.
   */
  registerCredential(value: string | undefined): void {
    this.add(value, true)
  }

  private add(value: string | undefined, credential: boolean): void {
    if (value === undefined) return
    for (const form of derivedForms(value)) {
      if (form.length < MIN_MASKED_LENGTH) continue
      if (this.everyForm.has(form) && (!credential || this.distinctive.has(form))) continue
      this.everyForm.add(form)
      this.freeTextPattern = undefined
      if (!credential && isTooCommon(form)) continue
      for (const shown of [form, ...formattedForms(form)]) {
        if (this.distinctive.has(shown)) continue
        this.distinctive.add(shown)
        this.pattern = undefined
        for (const listener of this.listeners) listener(shown)
      }
    }
  }

  /** For the final text of a channel: masks every distinctive value in every form it can take there. */
  redact(text: string): string {
    if (this.distinctive.size === 0) return text
    this.pattern ??= new Masker(this.distinctive)
    return this.pattern.mask(text)
  }

  /** For free text (server error messages) before it is formatted: masks every value, common ones too. */
  redactFreeText(text: string): string {
    if (this.everyForm.size === 0) return this.redact(text)
    this.freeTextPattern ??= new Masker(new Set([...this.everyForm, ...this.distinctive]))
    return this.freeTextPattern.mask(text)
  }

  get size(): number {
    return this.everyForm.size
  }
}

function isTooCommon(form: string): boolean {
  return form.length < MIN_DISTINCTIVE_LENGTH || ONE_WORD.test(form) || KEY_NAME.test(form)
}

/** Longer forms (a whole file's value) are replaced as plain strings: one regular expression of them all can exceed V8's limit. */
const MAX_PATTERN_FORM = 1024

/** Replaces every form, longest first, so a value is masked whole rather than a shorter form inside it. */
class Masker {
  private readonly long: string[]
  private readonly pattern: RegExp | undefined

  constructor(forms: Set<string>) {
    const sorted = [...forms].sort((a, b) => b.length - a.length)
    this.long = sorted.filter((f) => f.length > MAX_PATTERN_FORM)
    const short = sorted.filter((f) => f.length <= MAX_PATTERN_FORM)
    this.pattern = short.length ? new RegExp(short.map(escapeRegExp).join('|'), 'g') : undefined
  }

  mask(text: string): string {
    let out = text
    for (const form of this.long) if (out.includes(form)) out = out.split(form).join(MASK)
    return this.pattern ? out.replace(this.pattern, MASK) : out
  }
}

function derivedForms(value: string): string[] {
  const trimmed = value.trim()
  const forms = [value, trimmed, JSON.stringify(trimmed).slice(1, -1), encodeURIComponent(trimmed)]
  forms.push(Buffer.from(trimmed).toString('base64'), Buffer.from(trimmed).toString('base64url'))
  if (/[\r\n]/.test(trimmed)) forms.push(...trimmed.split(/\r?\n/).map((line) => line.trim()))
  return forms
}

/** How a form reads after our Markdown escaping (plain text, table cells) or a server's HTML escaping. */
function formattedForms(form: string): string[] {
  const html = form
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
  return [markdownText(form), form.replace(/\|/g, '\\|'), html].filter((f) => f !== form)
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
