import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "../../../components/ArticleView";
import { allPosts, postBySlug } from "../../../lib/content";
import { renderBody } from "../../../lib/markdown";
import { atLeastOne } from "../../../lib/static-params";

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
  return <ArticleView post={post} body={await renderBody(post)} />;
}
