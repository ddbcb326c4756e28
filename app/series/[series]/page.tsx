import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SeriesList } from "../../../components/SeriesList";
import { allSeries, seriesBySegment } from "../../../lib/content";
import { pageMetadata } from "../../../lib/seo/metadata";
import { atLeastOne, listedInBuilds } from "../../../lib/static-params";
import { seriesUrl } from "../../../lib/urls";
import { siteConfig } from "../../../site.config";

type Props = { params: Promise<{ series: string }> };

// Unlisted params render on request and answer 404 themselves (why: lib/static-params.ts).
export const dynamicParams = true;

export function generateStaticParams() {
  return listedInBuilds(() => atLeastOne("series", allSeries().map((s) => s.segment)));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const series = seriesBySegment((await params).series);
  if (!series) return {};
  return pageMetadata({
    path: seriesUrl(series.segment),
    title: `シリーズ「${series.name}」`,
    description: `${siteConfig.title}のシリーズ「${series.name}」（全${series.items.length}回）`,
  });
}

/** A series of posts (`series:` in their front matter), in reading order. */
export default async function SeriesPage({ params }: Props) {
  const series = seriesBySegment((await params).series);
  if (!series) notFound();
  return <SeriesList series={series} />;
}
