import { siteConfig } from "../../../../site.config";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "../../../../components/ArticleView";
import { Breadcrumbs } from "../../../../components/Breadcrumbs";
import { BrokenPost } from "../../../../components/ContentErrors";
import { EnhancementScript } from "../../../../components/EnhancementScript";
import { JsonLd } from "../../../../components/JsonLd";
import { KatexStylesheet } from "../../../../components/KatexStylesheet";
import { mdxComponents } from "../../../../components/mdx-components";
import { SeriesNav } from "../../../../components/SeriesNav";
import { TableOfContents } from "../../../../components/TableOfContents";
import { allBooks, chapterBySlugs, ContentError, seriesPlaceOf, summaryBySlug } from "../../../../lib/content";
import { chapterCrumbs } from "../../../../lib/seo/breadcrumbs";
import { articleStructuredData } from "../../../_routes/article-structured-data";
import { articleMetadata } from "../../../../lib/seo/metadata";
import { siteShareImageRef } from "../../../../lib/share-image/refs";
import { siteMarkdown } from "../../../../lib/site-markdown";
import { listedInBuilds, PLACEHOLDER_PARAM } from "../../../../lib/static-params";
import { postUrl } from "../../../../lib/urls";

type Props = { params: Promise<{ book: string; chapter: string }> };

// Unlisted params render on request and answer 404 themselves (why: lib/static-params.ts).
export const dynamicParams = true;

export function generateStaticParams() {
  return listedInBuilds(() => {
    const params = allBooks().flatMap((b) => b.items.map((p) => ({ book: b.segment, chapter: p.slug.slice(b.segment.length + 1) })));
    return params.length > 0 ? params : [{ book: PLACEHOLDER_PARAM, chapter: PLACEHOLDER_PARAM }];
  });
}

const find = async ({ params }: Props) => {
  const { book, chapter } = await params;
  return chapterBySlugs(book, chapter);
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  const post = await find(props);
  return post ? articleMetadata(post, postUrl(post.slug), siteShareImageRef()) : {};
}

/** A chapter of a Zenn book: a post of the one index, read in its book's order. */
export default async function ChapterPage(props: Props) {
  const post = await find(props);
  const place = post && seriesPlaceOf(post.slug);
  if (!post || !place) notFound();
  const rendered = await siteMarkdown().renderBody(post, { components: mdxComponents }).catch((error: unknown) => {
    if (process.env.NODE_ENV === "development" && error instanceof ContentError) return error;
    throw error;
  });
  if (rendered instanceof ContentError) return <BrokenPost file={post.sourcePath} issues={rendered.issues} language={siteConfig.language} />;
  const { content, headings, features } = rendered;
  const crumbs = chapterCrumbs(place.series, post);
  const structuredData = articleStructuredData(post, crumbs);
  return (
    <>
      {features.code ? <EnhancementScript name="copy-code" /> : null}
      {features.math ? <KatexStylesheet /> : null}
      <JsonLd data={structuredData} />
      <Breadcrumbs items={crumbs} />
      <ArticleView
        post={summaryBySlug(post.slug)!}
        body={content}
        toc={<TableOfContents headings={headings} />}
        series={<SeriesNav place={place} position="top" />}
      />
      <SeriesNav place={place} position="bottom" />
    </>
  );
}
