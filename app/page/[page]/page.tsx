import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PagedPostList } from "../../../components/PagedPostList";
import { allPosts, extraPageNumbers, paginate, parsePageParam } from "../../../lib/content";
import { atLeastOne, listedInBuilds } from "../../../lib/static-params";
import { pageMetadata } from "../../../lib/seo/metadata";
import { homeUrl } from "../../../lib/urls";
import { siteConfig } from "../../../site.config";

type Props = { params: Promise<{ page: string }> };

// Unlisted params render on request and answer 404 themselves (why: lib/static-params.ts).
export const dynamicParams = true;

export function generateStaticParams() {
  return listedInBuilds(() => atLeastOne("page", extraPageNumbers(allPosts().length, siteConfig.postsPerPage)));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageParam((await params).page);
  return page ? pageMetadata({ path: homeUrl(page), title: `新着記事（${page}ページ目）` }) : {};
}

export default async function HomePageN({ params }: Props) {
  const page = paginate(allPosts(), parsePageParam((await params).page) ?? 0, siteConfig.postsPerPage);
  if (!page) notFound();
  return <PagedPostList heading="新着記事" page={page} hrefFor={homeUrl} />;
}
