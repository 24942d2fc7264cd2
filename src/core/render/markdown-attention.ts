import { type AttentionItem, planAttention } from '../plan/attention.js'
import type { Plan } from '../plan/types.js'
import { codeSpan, text } from './markdown-fit.js'

/** Most lines shown per attention list; the rest are counted (the `plan` output file lists them all). */
const ATTENTION_LINES = 30

/** Refusals and unchecked values, above everything else: they decide whether the plan can be trusted. */
export function attentionSection(plan: Plan): string[] {
  const { refusals, unchecked } = planAttention(plan)
  const out: string[] = []
  const list = (items: AttentionItem[]) => [
    ...items
      .slice(0, ATTENTION_LINES)
      .map((a) => `- ${[a.environment, a.path, a.key].map(codeSpan).join(' ')}: ${text(a.reason)}`),
    ...(items.length > ATTENTION_LINES ? [`- … and ${items.length - ATTENTION_LINES} more`] : []),
  ]
  if (refusals.length > 0)
    out.push(
      '',
      `> [!CAUTION]`,
      `> **Apply would refuse to start** (${refusals.length} item(s)); it writes nothing until they are fixed:`,
      '',
      ...list(refusals),
    )
  if (unchecked.length > 0)
    out.push(
      '',
      `> [!WARNING]`,
      `> **${unchecked.length} value(s) not checked**: the plan cannot say whether they differ.`,
      '',
      ...list(unchecked),
    )
  return out
}
