import { PageLink } from "../../components/PageLink";

/** Shown by the service worker (lib/client/sw.ts) for a page never opened while the reader is offline. Not in the sitemap. */
export const metadata = { title: "オフラインです", robots: { index: false, follow: true } };

export default function OfflinePage() {
  return (
    <section className="py-10">
      <h1 className="text-2xl font-bold">オフラインです</h1>
      <p className="mt-4">このページはまだ読み込まれていないため、オフラインでは表示できません。以前に開いた記事は、オフラインでも読めます。</p>
      <p className="mt-4">
        <PageLink href="/" className="text-teal-700 underline dark:text-teal-300">
          ホームに戻る
        </PageLink>
      </p>
    </section>
  );
}
