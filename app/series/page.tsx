import { TermIndex } from "../../components/TermIndex";
import { allSeries } from "../../lib/content";
import { pageMetadata } from "../../lib/seo/metadata";
import { seriesIndexUrl, seriesUrl } from "../../lib/urls";

export const metadata = pageMetadata({ path: seriesIndexUrl(), title: "シリーズ一覧", description: "続けて読む記事のシリーズを一覧します。" });

export default function SeriesIndexPage() {
  return <TermIndex heading="シリーズ一覧" terms={allSeries()} hrefFor={seriesUrl} />;
}
