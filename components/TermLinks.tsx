import { PageLink } from "./PageLink";
import { termSegment } from "../lib/content/taxonomy";
import { categoryUrl, tagUrl } from "../lib/urls";

/** Categories and tags of a post as links to their pages. */
export function TermLinks({ categories, tags }: { categories: string[]; tags: string[] }) {
  if (categories.length === 0 && tags.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-x-2 gap-y-1 text-sm" aria-label="カテゴリーとタグ">
      {categories.map((c) => (
        <li key={`c:${c}`}>
          <PageLink
            href={categoryUrl(termSegment(c))}
            className="rounded bg-stone-200 px-2 py-0.5 font-medium text-stone-800 hover:bg-stone-300 dark:bg-stone-700 dark:text-stone-100 dark:hover:bg-stone-600"
          >
            {c}
          </PageLink>
        </li>
      ))}
      {tags.map((t) => (
        <li key={`t:${t}`}>
          <PageLink
            href={tagUrl(termSegment(t))}
            className="rounded px-1 text-teal-800 underline-offset-2 hover:underline dark:text-teal-300"
          >
            #{t}
          </PageLink>
        </li>
      ))}
    </ul>
  );
}
