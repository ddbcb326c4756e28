import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PostList } from "../../../components/PostList";
import { allCategories, categoryBySegment } from "../../../lib/content";
import { atLeastOne } from "../../../lib/static-params";

type Props = { params: Promise<{ category: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return atLeastOne("category", allCategories().map((t) => t.segment));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = categoryBySegment((await params).category);
  return category ? { title: category.name } : {};
}

export default async function CategoryPage({ params }: Props) {
  const category = categoryBySegment((await params).category);
  if (!category) notFound();
  return <PostList heading={category.name} posts={category.items} />;
}
