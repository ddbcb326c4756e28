import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PostList } from "../../../components/PostList";
import { allTags, tagBySegment } from "../../../lib/content";
import { atLeastOne } from "../../../lib/static-params";

type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return atLeastOne("tag", allTags().map((t) => t.segment));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = tagBySegment((await params).tag);
  return tag ? { title: `#${tag.name}` } : {};
}

export default async function TagPage({ params }: Props) {
  const tag = tagBySegment((await params).tag);
  if (!tag) notFound();
  return <PostList heading={`#${tag.name}`} posts={tag.items} />;
}
