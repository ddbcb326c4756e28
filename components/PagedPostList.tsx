import type { ReactNode } from "react";
import type { Page } from "../lib/content/paginate";
import type { PostSummary } from "../lib/content/types";
import { Pagination } from "./Pagination";
import { PostList } from "./PostList";

export function PagedPostList({
  heading,
  page,
  hrefFor,
}: {
  heading: ReactNode;
  page: Page<PostSummary>;
  hrefFor: (page: number) => string;
}) {
  return (
    <PostList heading={page.page > 1 ? <>{heading}<span className="ml-2 text-base font-normal">（{page.page}ページ目）</span></> : heading} posts={page.items}>
      <Pagination page={page.page} totalPages={page.totalPages} hrefFor={hrefFor} />
    </PostList>
  );
}
