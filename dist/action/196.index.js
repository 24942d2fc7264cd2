"use strict";
exports.id = 196;
exports.ids = [196,313];
exports.modules = {

/***/ 5815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentOnPullRequest: () => (/* binding */ commentOnPullRequest),
  commentOnReport: () => (/* binding */ commentOnReport)
});

// EXTERNAL MODULE: ./.cache/build/actions-core/lib/core.js + 7 modules
var core = __webpack_require__(8129);
// EXTERNAL MODULE: ./src/core/render/markdown.ts + 2 modules
var markdown = __webpack_require__(3395);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/pull-request-for-commit.ts
var pull_request_for_commit = __webpack_require__(8338);
// EXTERNAL MODULE: ./src/github/sticky-comment.ts
var sticky_comment = __webpack_require__(7648);
// EXTERNAL MODULE: ./src/util/workflow-expression.ts
var workflow_expression = __webpack_require__(7498);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(8592);
// EXTERNAL MODULE: ./src/action/reviewed-plan.ts
var reviewed_plan = __webpack_require__(9313);
;// CONCATENATED MODULE: ./src/action/share-links.ts
/**
 * Decides which links the PR comment may carry. On a public repository (or one whose visibility the
 * event does not say), a link anyone can open without a password would be a public credential, so it
 * stays in the masked output only. "Passworded" is what apply sent, never what the manifest names. Organization-only links need a login to the provider to open.
 */
function shareDelivery(links, visibility) {
    const exposed = visibility === 'public' || visibility === 'unknown';
    const out = { shown: [], withheld: [] };
    for (const link of links) {
        if (exposed && link.access === 'anyone' && !link.passworded) {
            out.withheld.push({
                name: link.name,
                reason: `anyone could open it without a password, and this repository is ${visibility === 'public' ? 'public' : 'possibly public'}`,
            });
        }
        else
            out.shown.push(link);
    }
    return out;
}
/**
 * Share-link URLs are registered secrets, so redaction would mask them in the one channel meant to carry
 * them. The comment is therefore rendered with stand-ins, redacted, and only then given the real URLs.
 */
function withLinkStandIns(delivery) {
    const nonce = Math.random().toString(36).slice(2, 10);
    const pairs = delivery.shown.map((l, n) => ({ standIn: `https://share.invalid/${nonce}/${n}`, url: l.url }));
    return {
        delivery: { ...delivery, shown: delivery.shown.map((l, n) => ({ ...l, url: pairs[n].standIn })) },
        restore: (safe) => pairs.reduce((text, p) => text.split(p.standIn).join(p.url), safe),
    };
}
/** Room the real URLs need beyond their stand-ins, so the comment stays within its budget. */
function extraLinkBytes(delivery) {
    return delivery.shown.reduce((n, l) => n + Math.max(0, Buffer.byteLength(l.url) - 40), 0);
}

// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
;// CONCATENATED MODULE: ./src/action/comment.ts










// Headroom under GitHub's limit for the marker and for redaction, which never lengthens text.
const COMMENT_BUDGET = markdown/* COMMENT_LIMIT */.W$ - 1024;
/**
 * The plan or apply report as the comment. Share-link URLs are registered secrets, so the report is
 * rendered and redacted with stand-ins for them, and gets the real URLs after (share-links.ts).
 */
function commentOnReport(report, inputs, ctx) {
    const render = (maxBytes, header) => {
        const { delivery, restore } = withLinkStandIns(shareDelivery(report.links, ctx.visibility));
        const budget = maxBytes - extraLinkBytes(delivery);
        const withDigest = report.digest ? `${header}\n${(0,reviewed_plan.digestLine)(report.digest)}` : header;
        return restore(report.render({ maxBytes: budget, header: withDigest, shareLinks: delivery }));
    };
    return commentOnPullRequest(render, inputs, ctx);
}
/**
 * Posts or updates the sticky comment on the pull request this run belongs to: the PR itself on
 * `pull_request`, or for apply on `push`, the PR the pushed commit came from. A comment is a courtesy:
 * when it cannot be written the job says why in a notice and carries on.
 */
async function commentOnPullRequest(render, inputs, ctx) {
    if (!inputs.comment)
        return;
    if (ctx.pullRequest?.isFork) {
        await notPosted('this pull request comes from a fork, and GitHub gives fork PRs a read-only token. The report is in the job summary.');
        return;
    }
    // Apply on push reports on the PR that was merged; a manual or scheduled run has no PR to speak to.
    if (!ctx.pullRequest && !(inputs.mode === 'apply' && ctx.eventName === 'push' && ctx.sha))
        return;
    if (!inputs.githubToken) {
        core/* notice */.lm(`Skipped the PR comment: input \`github-token\` is empty (its default is \`${(0,workflow_expression/* expr */.u)('github.token')}\`).`);
        return;
    }
    try {
        const github = await (0,client/* createGitHubClient */.L)(inputs.githubToken, ctx.apiUrl);
        const number = ctx.pullRequest?.number ?? (await (0,pull_request_for_commit/* pullRequestForCommit */.$)(github, ctx.owner, ctx.repo, ctx.sha));
        if (number === undefined) {
            (0,log/* logInfo */.f)(`No pull request is associated with commit ${ctx.sha}; the report is in the job summary only.`);
            return;
        }
        const marker = (0,sticky_comment/* markerFor */._Z)(inputs.manifest);
        const body = render(COMMENT_BUDGET, marker);
        const result = await (0,sticky_comment/* upsertStickyComment */.qD)(github, { owner: ctx.owner, repo: ctx.repo, issueNumber: number }, marker, body);
        if (result.status === 'skipped') {
            await notPosted(`GitHub answered ${result.httpStatus} (the token may not write comments here). Give the job \`permissions: pull-requests: write\`, or set \`comment: false\`.`);
            return;
        }
        // GitHub-compatible servers do not all send html_url; the comment's address is known either way.
        const url = typeof result.url === 'string' && result.url
            ? result.url
            : `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/pull/${number}#issuecomment-${result.commentId}`;
        (0,log/* logInfo */.f)(`${result.status === 'created' ? 'Posted' : result.status === 'updated' ? 'Updated' : 'Kept'} the comment on #${number}: ${url}`);
    }
    catch (error) {
        // Status only: GitHub's error bodies may quote the request, and the request carries the comment.
        const status = (0,client/* statusOf */.c)(error);
        await notPosted(`${status ? `GitHub answered ${status}` : 'GitHub could not be reached'}; the report is in the job summary.`);
    }
}
/**
 * A reviewer who finds no comment should learn why where they look: the step's annotations and the job
 * summary (written before the comment, so this is appended under the report). Our own words only.
 */
async function notPosted(reason) {
    const message = `The PR comment was not posted: ${reason}`;
    core/* warning */.$e(message);
    await (0,summary/* writeJobSummary */.j)(`\n> [!WARNING]\n> ${message}\n`);
}


/***/ }),

/***/ 9313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   digestLine: () => (/* binding */ digestLine),
/* harmony export */   reviewedPlanOf: () => (/* binding */ reviewedPlanOf)
/* harmony export */ });
/* harmony import */ var _app_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2722);
/* harmony import */ var _core_plan_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3719);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6584);
/* harmony import */ var _github_pull_request_for_commit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8338);
/* harmony import */ var _github_sticky_comment_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7648);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8592);






const DIGEST = /^<!-- secrets-manifest-plan-digest: (sha256:[0-9a-f]{64}) -->$/m;
/** The hidden line a plan comment carries, under the sticky marker. */
function digestLine(digest) {
    return `<!-- secrets-manifest-plan-digest: ${digest} -->`;
}
/**
 * The digest of the plan the merged pull request showed, from our own sticky comment (the author is
 * checked, so a pasted marker does not count). Anything that keeps us from knowing it refuses the apply:
 * `require-reviewed-plan` promises that nothing unreviewed is written.
 */
async function reviewedPlanOf(inputs, ctx) {
    const refuse = (why) => new _app_types_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`require-reviewed-plan: ${why}; apply refused, nothing was written`);
    if (ctx.eventName !== 'push' || !ctx.sha)
        throw refuse(`runs on push (after a merge), not on ${ctx.eventName || 'this event'}`);
    if (!inputs.githubToken)
        throw refuse('input `github-token` is empty, so the pull request cannot be read');
    const github = await (0,_github_client_js__WEBPACK_IMPORTED_MODULE_3__/* .createGitHubClient */ .L)(inputs.githubToken, ctx.apiUrl);
    const number = await (0,_github_pull_request_for_commit_js__WEBPACK_IMPORTED_MODULE_4__/* .pullRequestForCommit */ .$)(github, ctx.owner, ctx.repo, ctx.sha);
    if (number === undefined)
        throw refuse(`no pull request is associated with commit ${ctx.sha}`);
    const comment = await (0,_github_sticky_comment_js__WEBPACK_IMPORTED_MODULE_5__/* .findComment */ .h1)(github, { owner: ctx.owner, repo: ctx.repo, issueNumber: number }, (0,_github_sticky_comment_js__WEBPACK_IMPORTED_MODULE_5__/* .markerFor */ ._Z)(inputs.manifest));
    const digest = comment ? DIGEST.exec(comment.body)?.[1] : undefined;
    if (!digest)
        throw refuse(`pull request #${number} has no plan comment with a digest for ${inputs.manifest}`);
    (0,_log_js__WEBPACK_IMPORTED_MODULE_2__/* .logInfo */ .f)(`The plan reviewed on #${number}: ${(0,_core_plan_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .short */ .h0)(digest)}`);
    return { digest };
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient),
/* harmony export */   c: () => (/* binding */ statusOf)
/* harmony export */ });
/**
 * Loads Octokit on first use: it is the heaviest part of the bundle, and a plan run that posts no
 * comment should not pay its start-up cost.
 */
async function createGitHubClient(token, apiUrl) {
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(383), __webpack_require__.e(939)]).then(__webpack_require__.bind(__webpack_require__, 2413));
    return getOctokit(token, { baseUrl: apiUrl });
}
/** The HTTP status of an Octokit request error, if that is what `error` is. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}


/***/ }),

/***/ 8338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ pullRequestForCommit)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6584);

/**
 * The pull request a pushed commit came from, so apply can report on the PR that was reviewed. A merge
 * commit lists the merged PR; a commit can also belong to open PRs from other branches, so the PR that
 * produced this exact commit wins, then any merged one.
 */
async function pullRequestForCommit(github, owner, repo, sha) {
    try {
        const res = await github.rest.repos.listPullRequestsAssociatedWithCommit({
            owner,
            repo,
            commit_sha: sha,
            per_page: 100,
        });
        const pulls = res.data;
        const chosen = pulls.find((p) => p.merge_commit_sha === sha) ??
            pulls.find((p) => p.merged_at) ??
            pulls.find((p) => p.state === 'open');
        return chosen?.number;
    }
    catch (error) {
        const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c)(error);
        // A read-only or missing permission only costs the comment; the job summary still has the report.
        if (status === 403 || status === 404 || status === 422)
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 7648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _Z: () => (/* binding */ markerFor),
/* harmony export */   h1: () => (/* binding */ findComment),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6584);

/**
 * The hidden first line that identifies our comment for one manifest, so two manifests in one repository
 * keep two comments. The path is sanitised so it cannot close the HTML comment early.
 */
function markerFor(manifestPath) {
    const path = manifestPath
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/--+/g, '-')
        .replace(/[<>\r\n]/g, '_');
    return `<!-- secrets-manifest:${path} -->`;
}
/**
 * Updates our comment that starts with `marker` (see findComment for "our"), or creates it. Every page of comments is searched:
 * on a busy PR the first comment of a long thread is on page one, but ours may be on page five.
 */
async function upsertStickyComment(github, target, marker, body) {
    const { owner, repo, issueNumber } = target;
    try {
        const existing = await findComment(github, target, marker);
        if (existing && existing.body === body) {
            // An edit adds a revision to the comment's public history and notifies nobody of anything new.
            return { status: 'unchanged', commentId: existing.id, url: existing.html_url };
        }
        if (existing) {
            const res = await github.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
            return { status: 'updated', commentId: res.data.id, url: res.data.html_url };
        }
        const res = await github.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
        return { status: 'created', commentId: res.data.id, url: res.data.html_url };
    }
    catch (error) {
        const httpStatus = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c)(error);
        if (httpStatus === 403 || httpStatus === 404)
            return { status: 'skipped', httpStatus };
        throw error;
    }
}
/** Who posts with the workflow's own token (an installation token, for which `GET /user` is refused). */
const ACTIONS_BOT = 'github-actions[bot]';
/**
 * Our comment carries the marker and our author: anyone can paste the marker into a comment, and editing
 * theirs would put the plan under their name. The author is `github-actions[bot]`, or the token's own
 * login when GitHub tells it (a personal token), which is asked only when another author's comment
 * carries the marker, so the usual run makes no extra request.
 */
async function findComment(github, target, marker) {
    const candidates = [];
    for await (const page of commentPages(github, target)) {
        for (const c of page.data) {
            if (!c.body?.startsWith(marker))
                continue;
            const found = { id: c.id, body: c.body, html_url: c.html_url, login: c.user?.login };
            if (found.login === ACTIONS_BOT)
                return found;
            candidates.push(found);
        }
    }
    if (candidates.length === 0)
        return undefined;
    const own = await tokenLogin(github);
    return own === undefined ? undefined : candidates.find((c) => c.login === own);
}
async function tokenLogin(github) {
    try {
        return (await github.rest.users.getAuthenticated()).data.login;
    }
    catch {
        return undefined;
    }
}
function commentPages(github, target) {
    return github.paginate.iterator(github.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100,
    });
}


/***/ })

};
;