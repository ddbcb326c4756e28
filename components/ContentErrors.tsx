import type { ContentIssue } from "../lib/content/issues";

/**
 * Problems in the content folder, shown to editors on the development server
 * only (the production build stops on errors instead). Warnings fold away.
 */
export function ContentErrors({
  issues,
  heading = "コンテンツのエラー",
  hrefFor,
  site = false,
}: {
  issues: ContentIssue[];
  heading?: string;
  /** Link to the page that shows one file's problems, when there is one. */
  hrefFor?: (file: string) => string | undefined;
  /** The layout's banner over every page: a broken post's page shows its own instead (app/globals.css). */
  site?: boolean;
}) {
  const once = unique(issues);
  const errors = once.filter((i) => i.severity === "error");
  const warnings = once.filter((i) => i.severity === "warning");
  if (errors.length === 0 && warnings.length === 0) return null;
  return (
    <aside
      role={errors.length > 0 ? "alert" : "status"}
      aria-label={heading}
      data-content-errors={errors.length}
      data-site-banner={site ? "" : undefined}
      className="not-prose mb-8 rounded-lg border-2 border-red-700 bg-red-50 px-4 py-3 text-sm text-red-950 dark:border-red-400 dark:bg-red-950/60 dark:text-red-50"
    >
      <p className="text-base font-bold">
        {heading}
        {errors.length > 0 ? `：エラー${errors.length}件` : ""}
        {warnings.length > 0 ? `${errors.length > 0 ? "、" : "："}警告${warnings.length}件` : ""}
      </p>
      <p className="mt-1">
        開発サーバーだけの表示です。ファイルを直して保存し、ページを再読み込みしてください。本番のビルドはエラーがあると止まります。
      </p>
      {errors.length > 0 ? (
        <ul className="mt-2 space-y-2">
          {errors.map((issue, i) => (
            <IssueItem key={`e${i}`} issue={issue} href={hrefFor?.(issue.file)} />
          ))}
        </ul>
      ) : null}
      {warnings.length > 0 ? (
        <details className="mt-2">
          <summary className="cursor-pointer font-bold">警告{warnings.length}件（npm run content:check で全項目を確認できます）</summary>
          <ul className="mt-2 space-y-2">
            {warnings.map((issue, i) => (
              <IssueItem key={`w${i}`} issue={issue} />
            ))}
          </ul>
        </details>
      ) : null}
    </aside>
  );
}

function IssueItem({ issue, href }: { issue: ContentIssue; href?: string }) {
  return (
    <li data-issue={issue.severity}>
      <code className="break-all font-mono font-bold">
        {issue.file}:{issue.line}:{issue.column}
      </code>
      : {issue.message} — {issue.fix}
      {href ? (
        <>
          {" "}
          <a href={href} className="underline">
            この記事のページ
          </a>
        </>
      ) : null}
    </li>
  );
}

/** Each problem once, whoever found it (the index, the renderer). */
function unique(issues: ContentIssue[]): ContentIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.severity}\u0000${i.file}:${i.line}:${i.column}\u0000${i.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/**
 * Development only: what a broken post's URL shows instead of the post. Its
 * banner takes the place of the layout's (hidden on this page by
 * app/globals.css, so nothing is listed twice): this file's problems first,
 * then the others', linked to their pages, none to this one.
 */
export function BrokenPost({
  file,
  issues,
  siteIssues = [],
  hrefFor,
}: {
  file: string;
  issues: ContentIssue[];
  /** The problems the layout's banner lists on every other page. */
  siteIssues?: ContentIssue[];
  hrefFor?: (file: string) => string | undefined;
}) {
  const own = [...issues, ...siteIssues.filter((i) => i.file === file)];
  return (
    <section data-broken-post="">
      <h1 className="mb-4 text-2xl font-bold">この記事は表示できません</h1>
      <ContentErrors heading={file} issues={own} />
      <ContentErrors issues={siteIssues.filter((i) => i.file !== file)} heading="ほかのファイルの問題" hrefFor={hrefFor} />
    </section>
  );
}
