/**
 * The problems of post bodies that a build finds only while rendering (a
 * missing image, a formula KaTeX cannot read) or not at all (notation
 * warnings), found without rendering: a build that stops lists them all in one
 * run, with its front-matter errors, as `content:check` does.
 */
import type { ContentIssue } from "../content/issues";
import type { Post } from "../content/types";
import { checkImages } from "../markdown/image-check";
import { checkNotation, type NotationProblem } from "../markdown/notation-check";
import { mathDialectOf } from "../markdown/notation/math-dialect";
import { contentLayout } from "../content/load";

/** Formulas are read as the layout's service reads them (Zenn, Qiita: one KaTeX cannot read is a warning). */
export function bodyIssues(post: Pick<Post, "body" | "bodyLine" | "sourcePath">, contentRoot: string, mathDialect = mathDialectOf(contentLayout(contentRoot).name)): ContentIssue[] {
  const at = (rule: string) => (p: NotationProblem): ContentIssue => ({
    file: post.sourcePath,
    line: post.bodyLine - 1 + p.line,
    column: p.column,
    severity: p.severity,
    message: p.message,
    fix: p.fix,
    text: p.text,
    rule,
  });
  return [...checkNotation(post.body, { mathDialect }).map(at("notation")), ...checkImages(post.body, post.sourcePath, contentRoot).map(at("image"))];
}

/** The errors (not the warnings) of every post's body. */
export function bodyErrors(posts: readonly Post[], contentRoot: string): ContentIssue[] {
  const mathDialect = mathDialectOf(contentLayout(contentRoot).name);
  return posts.flatMap((post) => bodyIssues(post, contentRoot, mathDialect).filter((i) => i.severity === "error"));
}
