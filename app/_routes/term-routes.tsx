/**
 * Tag and category pages are the same page over a different taxonomy; the
 * route files under app/tags and app/categories are one-line bindings of these.
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PagedPostList } from "../../components/PagedPostList";
import { TermIndex } from "../../components/TermIndex";
import {
  allCategories,
  allTags,
  categoryBySegment,
  extraPageNumbers,
  paginate,
  parsePageParam,
  tagBySegment,
  type PostSummary,
  type Term,
} from "../../lib/content";
import { feedResponse, termFeed } from "../../lib/feed";
import { atLeastOne, listedInBuilds, PLACEHOLDER_PARAM } from "../../lib/static-params";
import { pageMetadata } from "../../lib/seo/metadata";
import { categoriesUrl, categoryFeedUrl, categoryUrl, tagFeedUrl, tagsUrl, tagUrl } from "../../lib/urls";
import { siteConfig } from "../../site.config";

export type TaxonomyKind = "tag" | "category";

interface Taxonomy {
  title: string;
  terms: () => Term<PostSummary>[];
  bySegment: (segment: string) => Term<PostSummary> | undefined;
  url: (segment: string, page?: number) => string;
  label: (name: string) => string;
  indexUrl: () => string;
  feedUrl: (segment: string) => string;
}

export const taxonomies: Record<TaxonomyKind, Taxonomy> = {
  tag: { title: "タグ一覧", terms: allTags, bySegment: tagBySegment, url: tagUrl, label: (n) => `#${n}`, indexUrl: tagsUrl, feedUrl: tagFeedUrl },
  category: { title: "カテゴリー一覧", terms: allCategories, bySegment: categoryBySegment, url: categoryUrl, label: (n) => n, indexUrl: categoriesUrl, feedUrl: categoryFeedUrl },
};

type TermParams = { params: Promise<Record<string, string>> };

const pageSuffix = (page: number) => (page > 1 ? `（${page}ページ目）` : "");

export function termIndexRoute(kind: TaxonomyKind) {
  const t = taxonomies[kind];
  return {
    metadata: pageMetadata({ path: t.indexUrl(), title: t.title }) satisfies Metadata,
    Page: function TermIndexPage() {
      return <TermIndex heading={t.title} terms={t.terms()} hrefFor={(s) => t.url(s)} prefix={kind === "tag" ? "#" : ""} />;
    },
  };
}

/** `/tags/<tag>/` (paged = false) or `/tags/<tag>/page/<n>/` (paged = true). */
export function termPostsRoute(kind: TaxonomyKind, paged: boolean) {
  const t = taxonomies[kind];
  const resolve = async ({ params }: TermParams) => {
    const p = await params;
    const term = t.bySegment(p[kind]);
    const number = paged ? (parsePageParam(p.page) ?? 0) : 1;
    const page = term && paginate(term.items, number, siteConfig.postsPerPage);
    return term && page ? { term, page } : undefined;
  };
  return {
    generateStaticParams: (): Record<string, string>[] =>
      listedInBuilds((): Record<string, string>[] => {
        if (!paged) return atLeastOne(kind, t.terms().map((term) => term.segment));
        const params = t.terms().flatMap((term) =>
          extraPageNumbers(term.items.length, siteConfig.postsPerPage).map((page) => ({ [kind]: term.segment, page })),
        );
        return params.length > 0 ? params : [{ [kind]: PLACEHOLDER_PARAM, page: PLACEHOLDER_PARAM }];
      }),
    async generateMetadata(props: TermParams): Promise<Metadata> {
      const found = await resolve(props);
      if (!found) return {};
      const { term, page } = found;
      const label = t.label(term.name);
      return pageMetadata({
        path: t.url(term.segment, page.page),
        title: label + pageSuffix(page.page),
        description: `${siteConfig.title}の「${label}」の記事（${term.items.length}件）`,
        feed: { title: `${label} | ${siteConfig.title} (RSS)`, path: t.feedUrl(term.segment) },
      });
    },
    Page: async function TermPostsPage(props: TermParams) {
      const found = await resolve(props);
      if (!found) notFound();
      const { term, page } = found;
      return <PagedPostList heading={t.label(term.name)} page={page} hrefFor={(n) => t.url(term.segment, n)} />;
    },
  };
}

/** `/tags/<tag>/feed.xml` and `/categories/<category>/feed.xml`: RSS of one term's posts. */
export function termFeedRoute(kind: TaxonomyKind) {
  const t = taxonomies[kind];
  return {
    generateStaticParams: () => atLeastOne(kind, t.terms().map((term) => term.segment)),
    GET: async (_request: Request, { params }: TermParams) => feedResponse("rss", termFeed(kind, t.bySegment((await params)[kind]))),
  };
}
