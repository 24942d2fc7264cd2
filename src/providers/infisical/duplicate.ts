import { type DuplicateRequest, UnsupportedOperation, type WriteResult } from '../../core/seam/types.js'
import type { HttpRequest, HttpResponse } from '../../http/client.js'
import { isRouteNotFound, replyError } from './errors.js'
import { readDuplicate } from './replies.js'

/** `POST /api/v4/secrets/duplicate`: every attribute flag is sent, since each defaults to false. */
export async function duplicateSecrets(
  send: (req: HttpRequest) => Promise<HttpResponse>,
  projectId: string,
  req: DuplicateRequest,
): Promise<WriteResult[]> {
  const operation = `duplicate ${req.sourceIds.length} secret(s) ${req.from.environment}:${req.from.path} → ${req.to.environment}:${req.to.path}`
  const body = {
    projectId,
    sourceEnvironment: req.from.environment,
    sourceSecretPath: req.from.path,
    destinationEnvironment: req.to.environment,
    destinationSecretPath: req.to.path,
    secretIds: req.sourceIds,
    shouldOverwrite: req.overwrite,
    attributesToCopy: {
      value: req.copy.includes('value'),
      comment: req.copy.includes('comment'),
      tags: req.copy.includes('tags'),
      metadata: req.copy.includes('metadata'),
    },
  }
  const res = await send({
    method: 'POST',
    path: '/api/v4/secrets/duplicate',
    body,
    operation,
    idempotent: false,
  })
  if (isRouteNotFound(res))
    throw new UnsupportedOperation(`${operation}: the server has no duplicate route`, 404)
  if (res.status !== 200) throw replyError(operation, res)
  const { results } = await readDuplicate(res.json, 'POST /api/v4/secrets/duplicate', operation)
  const byId = new Map(results.map((r) => [r.sourceSecretId, r]))
  // Approval replies may not carry the source id; fall back to the position in the request.
  return req.sourceIds.map((id, i): WriteResult => {
    const r = byId.get(id) ?? results[i]
    return r?.approval
      ? { status: 'pending-approval', approvalId: String(r.approval.id ?? '') }
      : { status: 'applied' }
  })
}
