import type { Metadata } from "next";
import { Suspense } from "react";
import { SearchBox } from "../../components/SearchBox";
import { PageScript } from "../../components/PageScript";
import { SearchPage } from "../../components/SearchPage";
import { pageMetadata } from "../../lib/seo/metadata";
import { searchUrl, withBasePath } from "../../lib/urls";

export const metadata: Metadata = {
  ...pageMetadata({ path: searchUrl(), title: "検索", description: "記事のタイトル・タグ・本文を検索します。" }),
  // Result pages are made in the browser; there is nothing for a crawler to index here.
  robots: { index: false, follow: true },
};

export default function Search() {
  return (
    <div>
      <PageScript name="search" />
      <h1 className="text-2xl font-bold">記事を検索</h1>
      {/* Reading ?q= happens in the browser; the static HTML carries the plain form. */}
      <Suspense fallback={<SearchBox action={withBasePath(searchUrl())} />}>
        <SearchPage indexBase={withBasePath("/search-index/")} />
      </Suspense>
      <noscript>
        <p className="mt-4">検索にはJavaScriptが必要です。</p>
      </noscript>
    </div>
  );
}
