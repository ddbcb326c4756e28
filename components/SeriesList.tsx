import type { Series } from "../lib/content/series";
import { PostCard } from "./PostCard";

/** A series' page: its name and its posts in reading order, each with its number. */
export function SeriesList({ series }: { series: Series }) {
  return (
    <section aria-labelledby="series-heading">
      <p className="text-sm text-stone-600 dark:text-stone-400">シリーズ</p>
      <h1 id="series-heading" className="text-2xl font-bold">
        {series.name}
      </h1>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">全{series.items.length}回</p>
      <ol className="mt-4" data-series-list>
        {series.items.map((p, i) => (
          <li key={p.slug} className="relative">
            <span className="absolute top-6 right-0 text-sm text-stone-600 dark:text-stone-400">第{i + 1}回</span>
            <PostCard post={p} />
          </li>
        ))}
      </ol>
    </section>
  );
}
