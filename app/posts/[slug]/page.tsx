import { siteConfig } from "../../../site.config";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "../../../components/ArticleView";
import { Breadcrumbs } from "../../../components/Breadcrumbs";
import { EnhancementScript } from "../../../components/EnhancementScript";
import { JsonLd } from "../../../components/JsonLd";
import { KatexStylesheet } from "../../../components/KatexStylesheet";
import { PageScript } from "../../../components/PageScript";
import { PostNav } from "../../../components/PostNav";
import { RelatedPosts } from "../../../components/RelatedPosts";
import { TableOfContents } from "../../../components/TableOfContents";
import { SeriesNav } from "../../../components/SeriesNav";
import { adjacentPosts, allPosts, brokenPost, brokenPostHref, ContentError, contentIssues, postBySlug, relatedTo, seriesPlaceOf, summaryBySlug } from "../../../lib/content";
import { BrokenPost } from "../../../components/ContentErrors";
import { mdxComponents } from "../../../components/mdx-components";
import { atLeastOne, listedInBuilds } from "../../../lib/static-params";
import { postCrumbs } from "../../../lib/seo/breadcrumbs";
import { siteMarkdown } from "../../../lib/site-markdown";
import { articleStructuredData } from "../../_routes/article-structured-data";
import { articleMetadata } from "../../../lib/seo/metadata";
import { postShareImageRef } from "../../../lib/share-image";
import { postUrl } from "../../../lib/urls";

type Props = { params: Promise<{ slug: string }> };

// Unlisted params render on request and answer 404 themselves (why: lib/static-params.ts).
export const dynamicParams = true;

export function generateStaticParams() {
  return listedInBuilds(() => atLeastOne("slug", allPosts().map((p) => p.slug)));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = postBySlug((await params).slug);
  if (!post) return {};
  return articleMetadata(post, postUrl(post.slug), postShareImageRef(post));
}

export default async function PostPage({ params }: Props) {
  const slug = (await params).slug;
  const post = postBySlug(slug);
  if (!post) {
    const broken = brokenPost(slug);
    if (broken) return <BrokenPost file={broken.file} issues={broken.issues} language={siteConfig.language} siteIssues={contentIssues()} hrefFor={brokenPostHref} />;
    notFound();
  }
  const rendered = await siteMarkdown().renderBody(post, { components: mdxComponents }).catch((error: unknown) => {
    if (process.env.NODE_ENV === "development" && error instanceof ContentError) return error;
    throw error;
  });
  if (rendered instanceof ContentError) return <BrokenPost file={post.sourcePath} issues={rendered.issues} language={siteConfig.language} siteIssues={contentIssues()} hrefFor={brokenPostHref} />;
  const { content, headings, features } = rendered;
  const crumbs = postCrumbs(post);
  const place = seriesPlaceOf(post.slug);
  const structuredData = articleStructuredData(post, crumbs);
  return (
    <>
      {/* Declared from what the compile step found in the post's Markdown, never from its HTML. */}
      {features.code ? <EnhancementScript name="copy-code" /> : null}
      {features.math ? <KatexStylesheet /> : null}
      <JsonLd data={structuredData} />
      <Breadcrumbs items={crumbs} />
      <ArticleView
        post={summaryBySlug(post.slug)!}
        body={content}
        toc={<TableOfContents headings={headings} />}
        series={place ? <SeriesNav place={place} position="top" /> : null}
      />
      {place ? <SeriesNav place={place} position="bottom" /> : null}
      <PostNav {...adjacentPosts(post.slug)} />
      <RelatedPosts posts={relatedTo(post.slug)} />
    </>
  );
}
