import type { ContentIssue } from "../lib/content/issues";
import { messageLanguage, say, t, wordsOf, type MessageLanguage } from "../lib/messages";

/**
 * Problems in the content folder, shown to editors on the development server
 * only (the production build stops on errors instead). Warnings fold away.
 */
export function ContentErrors({
  issues,
  language,
  heading,
  hrefFor,
  site = false,
}: {
  issues: ContentIssue[];
  /** The site's language (BCP 47): the messages' and the banner's words (lib/messages). */
  language: string;
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
  const words = messageLanguage(language);
  const title = heading ?? say(t("banner.heading"), words);
  return (
    <aside
      role={errors.length > 0 ? "alert" : "status"}
      aria-label={title}
      data-content-errors={errors.length}
      data-site-banner={site ? "" : undefined}
      className="not-prose mb-8 rounded-lg border-2 border-red-700 bg-red-50 px-4 py-3 text-sm text-red-950 dark:border-red-400 dark:bg-red-950/60 dark:text-red-50"
    >
      <p className="text-base font-bold">
        {title}
        {say(t("banner.counts", { errors: errors.length, warnings: warnings.length }), words)}
      </p>
      <p className="mt-1">{say(t("banner.explanation"), words)}</p>
      {errors.length > 0 ? (
        <ul className="mt-2 space-y-2">
          {errors.map((issue, i) => (
            <IssueItem key={`e${i}`} issue={issue} words={words} href={hrefFor?.(issue.file)} />
          ))}
        </ul>
      ) : null}
      {warnings.length > 0 ? (
        <details className="mt-2">
          <summary className="cursor-pointer font-bold">{say(t("banner.warnings", { count: warnings.length }), words)}</summary>
          <ul className="mt-2 space-y-2">
            {warnings.map((issue, i) => (
              <IssueItem key={`w${i}`} issue={issue} words={words} />
            ))}
          </ul>
        </details>
      ) : null}
    </aside>
  );
}

function IssueItem({ issue, words, href }: { issue: ContentIssue; words: MessageLanguage; href?: string }) {
  const { message, fix } = wordsOf(issue, words);
  return (
    <li data-issue={issue.severity}>
      <code className="break-all font-mono font-bold">
        {issue.file}:{issue.line}:{issue.column}
      </code>
      : {message} — {fix}
      {href ? (
        <>
          {" "}
          <a href={href} className="underline">
            {say(t("banner.post-page"), words)}
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
  language,
  siteIssues = [],
  hrefFor,
}: {
  file: string;
  issues: ContentIssue[];
  language: string;
  /** The problems the layout's banner lists on every other page. */
  siteIssues?: ContentIssue[];
  hrefFor?: (file: string) => string | undefined;
}) {
  const own = [...issues, ...siteIssues.filter((i) => i.file === file)];
  const words = messageLanguage(language);
  return (
    <section data-broken-post="">
      <h1 className="mb-4 text-2xl font-bold">{say(t("banner.broken-post"), words)}</h1>
      <ContentErrors heading={file} issues={own} language={language} />
      <ContentErrors issues={siteIssues.filter((i) => i.file !== file)} heading={say(t("banner.other-files"), words)} language={language} hrefFor={hrefFor} />
    </section>
  );
}
