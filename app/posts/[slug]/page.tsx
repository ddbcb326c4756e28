import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "../../../components/ArticleView";
import { Breadcrumbs } from "../../../components/Breadcrumbs";
import { PostNav } from "../../../components/PostNav";
import { RelatedPosts } from "../../../components/RelatedPosts";
import { TableOfContents } from "../../../components/TableOfContents";
import { adjacentPosts, allPosts, postBySlug, relatedTo, termSegment } from "../../../lib/content";
import { renderBody } from "../../../lib/markdown";
import { atLeastOne } from "../../../lib/static-params";
import { categoryUrl } from "../../../lib/urls";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return atLeastOne("slug", allPosts().map((p) => p.slug));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = postBySlug((await params).slug);
  if (!post) return {};
  return { title: post.title, description: post.excerpt.text };
}

export default async function PostPage({ params }: Props) {
  const post = postBySlug((await params).slug);
  if (!post) notFound();
  const { content, headings } = await renderBody(post);
  const category = post.categories[0];
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "ホーム", href: "/" },
          ...(category ? [{ label: category, href: categoryUrl(termSegment(category)) }] : []),
          { label: post.title },
        ]}
      />
      <ArticleView post={post} body={content} toc={<TableOfContents headings={headings} />} />
      <PostNav {...adjacentPosts(post.slug)} />
      <RelatedPosts posts={relatedTo(post.slug)} />
    </>
  );
}
