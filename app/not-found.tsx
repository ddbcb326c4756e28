import { PageLink } from "../components/PageLink";
import { DevNotFoundRetry } from "../components/DevNotFoundRetry";

export const metadata = { title: "ページが見つかりません" };

export default function NotFound() {
  return (
    <section className="py-10">
      {process.env.NODE_ENV === "development" ? <DevNotFoundRetry /> : null}
      <h1 className="text-2xl font-bold">ページが見つかりません</h1>
      <p className="mt-4">お探しのページは移動または削除されたか、URLが間違っている可能性があります。</p>
      <p className="mt-4">
        <PageLink href="/" className="text-teal-700 underline dark:text-teal-300">
          ホームに戻る
        </PageLink>
      </p>
    </section>
  );
}
