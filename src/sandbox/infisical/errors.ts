import { randomInt } from 'node:crypto'

/** An error that maps onto one of the real Infisical error bodies. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly detail: string | unknown[],
    readonly errorName: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(typeof detail === 'string' ? detail : errorName)
  }
}

export const badRequest = (message: string, name = 'BadRequest') => new ApiError(400, message, name)
export const unauthorized = (message: string, name = 'UnauthorizedError') => new ApiError(401, message, name)
export const forbidden = (message = 'You are not allowed to access this resource', name = 'ForbiddenError') =>
  new ApiError(403, message, name)
export const notFound = (message: string, name = 'NotFound') => new ApiError(404, message, name)
export const internalError = () => new ApiError(500, 'Something went wrong', 'InternalServerError')

/** CASL ForbiddenError as the real handler renders it. */
export const permissionDenied = (action: string, subject: string) =>
  new ApiError(403, `You are not allowed to ${action} on ${subject}`, 'PermissionDenied', [])

export const tokenError = (message: string) => new ApiError(403, message, 'TokenError')

/** The October-2024 server answered schema failures with 401 instead of 422. */
export const validationFailure = (issues: unknown[], legacy: boolean) =>
  new ApiError(legacy ? 401 : 422, issues, 'ValidationFailure')

export const rateLimited = (seconds: number, limit: number) =>
  new ApiError(
    429,
    `Rate limit exceeded. Please try again in ${seconds} seconds`,
    'RateLimitExceeded',
    undefined,
    {
      'retry-after': String(seconds),
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(seconds),
    },
  )

const defaultNames: Record<number, string> = {
  400: 'BadRequest',
  401: 'UnauthorizedError',
  403: 'PermissionDenied',
  404: 'NotFound',
  410: 'Gone',
  413: 'PayloadTooLarge',
  422: 'ValidationFailure',
  429: 'RateLimitExceeded',
  500: 'InternalServerError',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeoutError',
}

const defaultMessages: Record<number, string> = {
  400: 'The request is invalid',
  401: 'You are not allowed to access this resource',
  403: 'You are not allowed to access this resource',
  404: 'The requested entity is not found',
  500: 'Something went wrong',
  503: 'The server is starting up, please try again shortly',
  504: 'Timeout error',
}

/** An error for an arbitrary status, used by fault injection. */
export function errorForStatus(status: number, message?: string, retryAfterSeconds = 1): ApiError {
  if (status === 429) return rateLimited(retryAfterSeconds, 0)
  const text = message ?? defaultMessages[status] ?? 'Something went wrong'
  return new ApiError(status, text, defaultNames[status] ?? 'Error')
}

const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** Fastify request ids as Infisical configures them: `req-` + 14 alphanumerics. */
export function newReqId(): string {
  let id = 'req-'
  for (let i = 0; i < 14; i++) id += alnum[randomInt(alnum.length)]
  return id
}

export function errorBody(err: ApiError, legacy: boolean): Record<string, unknown> {
  // During startup the real server answers 503 outside the standard error shape.
  if (err.statusCode === 503) return { status: 'unavailable', message: err.detail }
  const body: Record<string, unknown> = legacy ? {} : { reqId: newReqId() }
  body.statusCode = err.statusCode
  body.message = err.detail
  body.error = err.errorName
  if (err.details !== undefined) body.details = err.details
  return body
}

/** Fastify's own 404 for an unknown route: never has a reqId. */
export function routeNotFoundBody(method: string, rawUrl: string): Record<string, unknown> {
  return { message: `Route ${method}:${rawUrl} not found`, error: 'Not Found', statusCode: 404 }
}
