import { PageLink } from "./PageLink";
import type { Crumb } from "../lib/seo/breadcrumbs";

/** home › category › title; the last crumb is the current page. */
export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  return (
    <nav aria-label="パンくずリスト" className="mb-6 text-sm text-stone-600 dark:text-stone-400">
      <ol className="flex flex-wrap items-center gap-x-1.5">
        {items.map((c, i) => (
          <li key={i} className="flex items-center gap-x-1.5">
            {i > 0 ? <span aria-hidden="true">›</span> : null}
            {i < items.length - 1 ? (
              <PageLink href={c.path} className="hover:underline">
                {c.name}
              </PageLink>
            ) : (
              <span aria-current="page" className="line-clamp-1">
                {c.name}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
