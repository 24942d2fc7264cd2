import { z } from 'zod'

// The create route's request constraints and messages as the API states them.
const uuid = z
  .string()
  .regex(
    /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,
    { message: 'Invalid uuid' },
  )

const key = z
  .string()
  .min(2, { message: 'String must contain at least 2 character(s)' })
  .max(48, { message: 'String must contain at most 48 character(s)' })
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'Invalid' })
const value = z.string().max(65_536, { message: 'String must contain at most 65536 character(s)' })
const type = z.enum(['runtime', 'build'])
const dataType = z.enum(['text', 'json'])

export const CreateSecretBody = z.object({
  environments: z.array(uuid).min(1),
  secrets: z
    .array(
      z.object({
        key,
        value,
        note: z.string().max(255, { message: 'String must contain at most 255 character(s)' }).optional(),
        type,
        dataType,
      }),
    )
    .min(1),
})

// The PUT body as the official CLI sends it; `note` is accepted, which is unconfirmed upstream.
export const UpdateSecretBody = z.object({
  name: key,
  note: z.string().max(255).optional(),
  type,
  dataType,
  values: z.array(z.object({ environmentId: uuid, value, isPersonal: z.boolean().default(false) })),
})

/** Fastify-style `{message}` text for the first problem: where it is, never the rejected input. */
export function validationMessage(error: z.ZodError): string {
  const issue = error.issues[0]!
  const where = issue.path.length ? `${issue.path.join('.')}: ` : ''
  return `${where}${issue.message}`
}
