export const id = 350;
export const ids = [350];
export const modules = {

/***/ 2350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BatchReply: () => (/* binding */ BatchReply),
/* harmony export */   CreatedShareReply: () => (/* binding */ CreatedShareReply),
/* harmony export */   DuplicateReply: () => (/* binding */ DuplicateReply),
/* harmony export */   ErrorReply: () => (/* binding */ ErrorReply),
/* harmony export */   LoginReply: () => (/* binding */ LoginReply),
/* harmony export */   ProjectReply: () => (/* binding */ ProjectReply),
/* harmony export */   ProjectSchema: () => (/* binding */ ProjectSchema),
/* harmony export */   SecretListReply: () => (/* binding */ SecretListReply),
/* harmony export */   ShareListReply: () => (/* binding */ ShareListReply),
/* harmony export */   TagListReply: () => (/* binding */ TagListReply),
/* harmony export */   TagSchema: () => (/* binding */ TagSchema),
/* harmony export */   ValidationIssue: () => (/* binding */ ValidationIssue)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5156);

// The documented form of each reply, the source of truth. The happy path checks replies with the
// zod-free mirror in wire-guards.ts and loads this module only for a reply that fails it (replies.ts).
/**
 * A secret as the list routes return it (v4 and v3 raw share this shape). Only the fields read are
 * checked; optional ones may come as null.
 */
const WireSecretSchema = zod__WEBPACK_IMPORTED_MODULE_0__.object({
    id: zod__WEBPACK_IMPORTED_MODULE_0__.string().nullish(),
    _id: zod__WEBPACK_IMPORTED_MODULE_0__.string().nullish(),
    type: zod__WEBPACK_IMPORTED_MODULE_0__.string().nullish(),
    secretKey: zod__WEBPACK_IMPORTED_MODULE_0__.string(),
    secretValue: zod__WEBPACK_IMPORTED_MODULE_0__.string().nullish(),
    secretComment: zod__WEBPACK_IMPORTED_MODULE_0__.string().nullish(),
    secretValueHidden: zod__WEBPACK_IMPORTED_MODULE_0__.boolean().nullish(),
    secretPath: zod__WEBPACK_IMPORTED_MODULE_0__.string().nullish(),
    tags: zod__WEBPACK_IMPORTED_MODULE_0__.array(zod__WEBPACK_IMPORTED_MODULE_0__.object({ slug: zod__WEBPACK_IMPORTED_MODULE_0__.string() })).nullish(),
    secretMetadata: zod__WEBPACK_IMPORTED_MODULE_0__.array(zod__WEBPACK_IMPORTED_MODULE_0__.object({ key: zod__WEBPACK_IMPORTED_MODULE_0__.string(), value: zod__WEBPACK_IMPORTED_MODULE_0__.string().nullish() })).nullish(),
    // The October-2024 server's free-form metadata object.
    metadata: zod__WEBPACK_IMPORTED_MODULE_0__.record(zod__WEBPACK_IMPORTED_MODULE_0__.string(), zod__WEBPACK_IMPORTED_MODULE_0__.unknown()).nullish(),
});
/** `GET /api/v4/secrets` and `GET /api/v3/secrets/raw`. */
const SecretListReply = zod__WEBPACK_IMPORTED_MODULE_0__.object({ secrets: zod__WEBPACK_IMPORTED_MODULE_0__.array(WireSecretSchema) });
/** The universal-auth and OIDC login routes. */
const LoginReply = zod__WEBPACK_IMPORTED_MODULE_0__.object({ accessToken: zod__WEBPACK_IMPORTED_MODULE_0__.string() });
const ProjectSchema = zod__WEBPACK_IMPORTED_MODULE_0__.object({
    id: zod__WEBPACK_IMPORTED_MODULE_0__.string(),
    name: zod__WEBPACK_IMPORTED_MODULE_0__.string().nullish(),
    environments: zod__WEBPACK_IMPORTED_MODULE_0__.array(zod__WEBPACK_IMPORTED_MODULE_0__.object({ slug: zod__WEBPACK_IMPORTED_MODULE_0__.string() })),
});
/** The project read: wrapped in `{project}` (modern) or `{workspace}` (2024) when read by id, bare by slug. */
const ProjectReply = {
    project: zod__WEBPACK_IMPORTED_MODULE_0__.object({ project: ProjectSchema }),
    workspace: zod__WEBPACK_IMPORTED_MODULE_0__.object({ workspace: ProjectSchema }),
    bare: ProjectSchema,
};
const TagSchema = zod__WEBPACK_IMPORTED_MODULE_0__.object({ id: zod__WEBPACK_IMPORTED_MODULE_0__.string(), slug: zod__WEBPACK_IMPORTED_MODULE_0__.string() });
/** The project's tags, under `tags` (modern) or `workspaceTags` (2024). */
const TagListReply = {
    tags: zod__WEBPACK_IMPORTED_MODULE_0__.object({ tags: zod__WEBPACK_IMPORTED_MODULE_0__.array(TagSchema) }),
    workspaceTags: zod__WEBPACK_IMPORTED_MODULE_0__.object({ workspaceTags: zod__WEBPACK_IMPORTED_MODULE_0__.array(TagSchema) }),
};
/** A batch write: the secrets written, or an approval request when the folder has a change policy. */
const BatchReply = zod__WEBPACK_IMPORTED_MODULE_0__.object({ approval: zod__WEBPACK_IMPORTED_MODULE_0__.object({ id: zod__WEBPACK_IMPORTED_MODULE_0__.string().nullish() }).nullish() });
/** A created share link. */
const CreatedShareReply = zod__WEBPACK_IMPORTED_MODULE_0__.object({ sharedSecretLink: zod__WEBPACK_IMPORTED_MODULE_0__.string() });
/** A page of the caller's share links; fields other than these are not read. */
const ShareListReply = zod__WEBPACK_IMPORTED_MODULE_0__.object({
    secrets: zod__WEBPACK_IMPORTED_MODULE_0__.array(zod__WEBPACK_IMPORTED_MODULE_0__.object({
        id: zod__WEBPACK_IMPORTED_MODULE_0__.string(),
        name: zod__WEBPACK_IMPORTED_MODULE_0__.string().nullish(),
        expiresAt: zod__WEBPACK_IMPORTED_MODULE_0__.string(),
        createdAt: zod__WEBPACK_IMPORTED_MODULE_0__.unknown().optional(),
        accessType: zod__WEBPACK_IMPORTED_MODULE_0__.unknown().optional(),
        expiresAfterViews: zod__WEBPACK_IMPORTED_MODULE_0__.unknown().optional(),
    })),
});
/** The reply of the duplicate route: a result per source secret, or an approval for the lot. */
const DuplicateReply = zod__WEBPACK_IMPORTED_MODULE_0__.object({
    results: zod__WEBPACK_IMPORTED_MODULE_0__.array(zod__WEBPACK_IMPORTED_MODULE_0__.object({
        sourceSecretId: zod__WEBPACK_IMPORTED_MODULE_0__.string().nullish(),
        approval: zod__WEBPACK_IMPORTED_MODULE_0__.object({ id: zod__WEBPACK_IMPORTED_MODULE_0__.string().nullish() }).nullish(),
    })),
});
/** An error reply: `message` is a string, or for a 422 the validation issues; `error` names the kind. */
const ErrorReply = zod__WEBPACK_IMPORTED_MODULE_0__.object({ message: zod__WEBPACK_IMPORTED_MODULE_0__.unknown().optional(), error: zod__WEBPACK_IMPORTED_MODULE_0__.unknown().optional() });
/** One issue of a 422 validation failure; only its path is read (its other fields can echo the input). */
const ValidationIssue = zod__WEBPACK_IMPORTED_MODULE_0__.object({ path: zod__WEBPACK_IMPORTED_MODULE_0__.array(zod__WEBPACK_IMPORTED_MODULE_0__.union([zod__WEBPACK_IMPORTED_MODULE_0__.string(), zod__WEBPACK_IMPORTED_MODULE_0__.number()])) });


/***/ })

};
