import { PageLink } from "./PageLink";
import { withBasePath } from "../lib/urls";

interface Props {
  page: number;
  totalPages: number;
  hrefFor: (page: number) => string;
}

/** Numbered pages with first/previous/next/last; `rel` links for crawlers (hoisted into <head> by React; raw hrefs, so the base path is added here). */
export function Pagination({ page, totalPages, hrefFor }: Props) {
  if (totalPages <= 1) return null;
  const numbers = windowAround(page, totalPages, 2);
  const item = "inline-flex min-w-10 justify-center rounded border border-stone-300 px-3 py-1.5 hover:bg-stone-200 dark:border-stone-600 dark:hover:bg-stone-800";
  return (
    <nav aria-label="ページ送り" className="mt-10">
      {page > 1 ? <link rel="prev" href={withBasePath(hrefFor(page - 1))} /> : null}
      {page < totalPages ? <link rel="next" href={withBasePath(hrefFor(page + 1))} /> : null}
      <ul className="flex flex-wrap items-center justify-center gap-2 text-sm">
        {page > 1 ? (
          <>
            <li>
              <PageLink href={hrefFor(1)} className={item} aria-label="最初のページ">
                «
              </PageLink>
            </li>
            <li>
              <PageLink href={hrefFor(page - 1)} rel="prev" className={item} aria-label="前のページ">
                ‹ 前へ
              </PageLink>
            </li>
          </>
        ) : null}
        {numbers.map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page" className={`${item} border-teal-700 bg-teal-700 font-bold text-white hover:bg-teal-700 dark:bg-teal-700`}>
                  <span className="sr-only">ページ </span>
                  {n}
                </span>
              ) : (
                <PageLink href={hrefFor(n)} className={item}>
                  <span className="sr-only">ページ </span>
                  {n}
                </PageLink>
              )}
            </li>
          ),
        )}
        {page < totalPages ? (
          <>
            <li>
              <PageLink href={hrefFor(page + 1)} rel="next" className={item} aria-label="次のページ">
                次へ ›
              </PageLink>
            </li>
            <li>
              <PageLink href={hrefFor(totalPages)} className={item} aria-label="最後のページ">
                »
              </PageLink>
            </li>
          </>
        ) : null}
      </ul>
    </nav>
  );
}

/** 1 … 4 5 [6] 7 8 … 20 */
function windowAround(page: number, total: number, radius: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - page) <= radius) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}
