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
          <li key={p.slug}>
            <p className="-mb-5 pt-6 text-sm font-bold text-teal-700 dark:text-teal-300">第{i + 1}回</p>
            <PostCard post={p} />
          </li>
        ))}
      </ol>
    </section>
  );
}
