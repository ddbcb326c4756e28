import { PageLink } from "./PageLink";
import type { PostSummary } from "../lib/content/types";
import { postUrl } from "../lib/urls";
import { Phrases } from "./Phrases";

/** Links to the newer and the older post. */
export function PostNav({ newer, older }: { newer?: PostSummary; older?: PostSummary }) {
  if (!newer && !older) return null;
  return (
    <nav aria-label="前後の記事" className="mt-12 grid gap-4 border-t border-stone-200 pt-6 sm:grid-cols-2 dark:border-stone-700">
      {older ? (
        <PageLink href={postUrl(older.slug)} rel="prev" className="group block">
          <span className="text-sm text-stone-600 dark:text-stone-400">← 前の記事</span>
          <span className="mt-1 block font-medium break-keep group-hover:underline">
            <Phrases text={older.title} />
          </span>
        </PageLink>
      ) : (
        <span />
      )}
      {newer ? (
        <PageLink href={postUrl(newer.slug)} rel="next" className="group block sm:text-right">
          <span className="text-sm text-stone-600 dark:text-stone-400">次の記事 →</span>
          <span className="mt-1 block font-medium break-keep group-hover:underline">
            <Phrases text={newer.title} />
          </span>
        </PageLink>
      ) : null}
    </nav>
  );
}
