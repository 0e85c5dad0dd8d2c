import type { FastifyInstance, FastifyReply } from 'fastify';
import multipart from '@fastify/multipart';
import { GraphQLError } from 'graphql';
import type { ResolvedServerDeps } from '../server-deps.ts';
import { buildContext, type Context } from '../context.ts';
import { parseGlobalId } from '../lib/payload.ts';
import type { Result, UserError } from '../lib/errors.ts';
import type { CaseMaterial } from '../generated/prisma/client.ts';
import { addCaseMaterial } from './add-case-material.ts';
import { readCaseMaterialFile } from './read-case-material-file.ts';
import { materialJson } from './material-view.ts';

const STATUS_OF_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_TRANSITION: 409,
  FILE_TOO_LARGE: 413,
  CASE_FILES_TOO_LARGE: 413,
  UNSUPPORTED_FILE_TYPE: 415,
};

/** Files never run anything: a sandboxed origin with no scripts, only inline styles and embedded images. */
const FILE_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const fail = (reply: FastifyReply, code: string, message: string, field: string[] | null = null) =>
  reply.code(STATUS_OF_CODE[code] ?? 400).send({ code, message, field });

/**
 * Another kind of upload POST /files takes, named by the multipart field it carries instead of
 * itemMaterialId (e.g. `correctionMaterial`, 补正 online): given by the server, so this module needs none.
 */
export interface OtherUpload {
  field: string;
  upload(
    ctx: Context,
    input: { caseId: string; value: string; fileName: string | undefined; bytes: Buffer },
  ): Promise<Result<CaseMaterial>>;
}

/**
 * POST /files (multipart: caseId, itemMaterialId, file) uploads a material to the caller's own 暂存件, or
 * with one of `others`' fields instead of itemMaterialId, that kind of upload;
 * GET /files/:materialId streams a material's file to whoever may see it. Both authenticate like /graphql
 * (x-session-token). Errors answer { code, message, field } for the web to show.
 */
export async function registerFileRoutes(
  app: FastifyInstance,
  deps: ResolvedServerDeps,
  others: readonly OtherUpload[] = [],
): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: deps.uploadLimits.maxFileBytes, files: 1, fields: 5, fieldSize: 200, parts: 6 },
    });

    scope.post('/files', async (request, reply) => {
      const ctx = await buildContext(deps, request);
      if (ctx.principal.kind === 'anonymous') return fail(reply, 'UNAUTHENTICATED', '请先登录。');
      if (!request.isMultipart()) return fail(reply, 'INVALID', '请以 multipart/form-data 上传文件。');

      const fields: Record<string, string> = {};
      let file: { name: string; bytes: Buffer } | null = null;
      try {
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            if (part.fieldname !== 'file') {
              await part.toBuffer();
              continue;
            }
            file = { name: part.filename, bytes: await part.toBuffer() };
          } else {
            fields[part.fieldname] = String(part.value);
          }
        }
      } catch (error) {
        if (error instanceof scope.multipartErrors.RequestFileTooLargeError) {
          const mb = Math.round((deps.uploadLimits.maxFileBytes / 1024 / 1024) * 10) / 10;
          return fail(reply, 'FILE_TOO_LARGE', `单个文件不能超过 ${mb} MB。`, ['file']);
        }
        if (isMultipartLimit(error, scope)) return fail(reply, 'INVALID', '上传内容格式不正确。');
        throw error; // an aborted request ends here: nothing was stored
      }

      const caseId = parseGlobalId(fields.caseId, 'Case');
      if (!caseId) return fail(reply, 'NOT_FOUND', '未找到该办件。', ['caseId']);
      const other = others.find((kind) => fields[kind.field] !== undefined);
      const itemMaterialId = parseGlobalId(fields.itemMaterialId, 'ServiceItemMaterial');
      if (!other && !itemMaterialId) {
        return fail(reply, 'NOT_FOUND', '该事项没有这项申请材料。', ['itemMaterialId']);
      }
      if (!file) return fail(reply, 'REQUIRED', '请选择要上传的文件。', ['file']);

      try {
        const upload = { caseId, fileName: file.name, bytes: file.bytes };
        const result = other
          ? await other.upload(ctx, { ...upload, value: fields[other.field]! })
          : await addCaseMaterial(ctx, { ...upload, itemMaterialId: itemMaterialId! });
        if (!result.ok) {
          const error = result.errors[0] as UserError;
          return fail(reply, error.code, error.message, error.field);
        }
        return reply.code(201).send({ material: materialJson(result.value) });
      } catch (error) {
        if (error instanceof GraphQLError) {
          const code = String(error.extensions.code ?? 'FORBIDDEN');
          return fail(reply, code === 'UNAUTHENTICATED' ? code : 'FORBIDDEN', '只有申请人可以上传材料。');
        }
        throw error;
      }
    });
  });

  app.get<{ Params: { materialId: string } }>('/files/:materialId', async (request, reply) => {
    const ctx = await buildContext(deps, request);
    if (ctx.principal.kind === 'anonymous') return fail(reply, 'UNAUTHENTICATED', '请先登录。');
    const materialId = parseGlobalId(request.params.materialId, 'CaseMaterial');
    const found = materialId ? await readCaseMaterialFile(ctx, materialId) : null;
    if (!found) return fail(reply, 'NOT_FOUND', '未找到该材料。');
    const { material, body } = found;
    const disposition = (request.query as { download?: string }).download ? 'attachment' : 'inline';
    return reply
      .header('content-type', material.contentType!)
      .header('content-length', String(material.sizeBytes))
      .header('content-disposition', contentDisposition(disposition, material.fileName!))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', FILE_CSP)
      .header('cache-control', 'private, no-store')
      .header('etag', `"${material.sha256}"`)
      .send(body);
  });
}

/** RFC 6266: an ASCII fallback plus the UTF-8 name, so Chinese names survive every browser. */
function contentDisposition(type: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function isMultipartLimit(error: unknown, scope: FastifyInstance): boolean {
  const errors = scope.multipartErrors;
  return (
    error instanceof errors.FilesLimitError ||
    error instanceof errors.FieldsLimitError ||
    error instanceof errors.PartsLimitError ||
    error instanceof errors.InvalidMultipartContentTypeError
  );
}
