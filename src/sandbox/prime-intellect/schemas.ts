import { z } from 'zod'

// The API's SecretCreateRequest and SecretUpdateRequest, with pydantic's messages.
const name = z
  .string()
  .min(1, { message: 'String should have at least 1 character' })
  .max(255, { message: 'String should have at most 255 characters' })
  .regex(/^[A-Z][A-Z0-9_]*$/, { message: "String should match pattern '^[A-Z][A-Z0-9_]*$'" })
const description = z.string().max(500, { message: 'String should have at most 500 characters' }).nullable()
const value = z.string().min(1, { message: 'String should have at least 1 character' })

export const CreateBody = z.object({
  name,
  description: description.optional(),
  value,
  teamId: z.string().nullable().optional(),
  isFile: z.boolean().default(false),
})

export const UpdateBody = z.object({
  name: name.nullable().optional(),
  value: value.nullable().optional(),
  description: description.optional(),
})

export interface FieldError {
  field: string
  message: string
}

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message }))
}
