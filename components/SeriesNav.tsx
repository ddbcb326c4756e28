import type { SeriesPlace } from "../lib/content/series";
import { bookUrl, postUrl, seriesUrl } from "../lib/urls";
import { PageLink } from "./PageLink";

/** What a series is called in its navigation: the posts' own series (第N回) or a book's chapters (第N章). */
export function seriesWords(isBook: boolean) {
  return isBook
    ? { kind: "本", unit: "章", previous: "前の章", next: "次の章", contents: "この本の章" }
    : { kind: "シリーズ", unit: "回", previous: "前へ", next: "次へ", contents: "このシリーズの記事" };
}

/**
 * A post's place in its series: the series' name, 第N回 / 全M回 and its contents
 * (position "top"), or the previous and the next post of the series ("bottom").
 */
export function SeriesNav({ place, position }: { place: SeriesPlace; position: "top" | "bottom" }) {
  const { series, index } = place;
  const isBook = series.book !== undefined;
  const words = seriesWords(isBook);
  const href = isBook ? bookUrl(series.segment) : seriesUrl(series.segment);
  const previous = series.items[index - 1];
  const next = series.items[index + 1];
  const count = series.items.length;
  const label = `${words.kind}「${series.name}」`;

  if (position === "bottom") {
    if (!previous && !next) return null;
    return (
      <nav aria-label={`${label}の前後`} data-series-pager className="mt-12 rounded-lg border border-stone-300 p-4 dark:border-stone-600">
        <p className="text-sm text-stone-600 dark:text-stone-400">
          <PageLink href={href} className="hover:underline">
            {label}
          </PageLink>
        </p>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          {previous ? (
            <PageLink href={postUrl(previous.slug)} rel="prev" className="group block">
              <span className="text-sm text-stone-600 dark:text-stone-400">← {words.previous}</span>
              <span className="mt-1 block font-medium group-hover:underline">{previous.title}</span>
            </PageLink>
          ) : (
            <span />
          )}
          {next ? (
            <PageLink href={postUrl(next.slug)} rel="next" className="group block sm:text-right">
              <span className="text-sm text-stone-600 dark:text-stone-400">{words.next} →</span>
              <span className="mt-1 block font-medium group-hover:underline">{next.title}</span>
            </PageLink>
          ) : null}
        </div>
      </nav>
    );
  }

  return (
    <nav aria-label={label} data-series className="mb-8 rounded-lg border border-stone-300 bg-stone-50 p-4 dark:border-stone-600 dark:bg-stone-900">
      <p className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <span>
          <span className="text-sm text-stone-600 dark:text-stone-400">{words.kind}</span>{" "}
          <PageLink href={href} className="font-bold hover:underline">
            {series.name}
          </PageLink>
        </span>
        <span className="text-sm text-stone-700 dark:text-stone-300" data-series-position>
          第{index + 1}
          {words.unit} / 全{count}
          {words.unit}
        </span>
      </p>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm text-teal-700 dark:text-teal-300">{words.contents}</summary>
        <SeriesContents place={place} />
      </details>
    </nav>
  );
}

/** The series' posts in order, the current one marked. */
function SeriesContents({ place }: { place: SeriesPlace }) {
  return (
    <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm">
      {place.series.items.map((p, i) => (
        <li key={p.slug}>
          {i === place.index ? (
            <span aria-current="page" className="font-bold">
              {p.title}
            </span>
          ) : (
            <PageLink href={postUrl(p.slug)} className="hover:underline">
              {p.title}
            </PageLink>
          )}
        </li>
      ))}
    </ol>
  );
}
