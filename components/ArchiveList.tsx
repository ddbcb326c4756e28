import { PageLink } from "./PageLink";
import type { ArchiveYear } from "../lib/content/archive";
import { postUrl } from "../lib/urls";
import { DateTime } from "./DateTime";
import { EnhancementScript } from "./EnhancementScript";
import { ReadMark } from "./ReadMark";

/** Every post grouped by year and month (2025年12月), newest first, with counts. */
export function ArchiveList({ years }: { years: ArchiveYear[] }) {
  return (
    <section aria-labelledby="archive-heading">
      <h1 id="archive-heading" className="text-2xl font-bold">
        アーカイブ
      </h1>
      {years.length === 0 ? <p className="py-10 text-stone-600 dark:text-stone-400">まだ記事がありません。</p> : null}
      {years.map((y) => (
        <section key={y.year} aria-labelledby={`y${y.year}`} className="mt-8">
          <h2 id={`y${y.year}`} className="text-xl font-bold">
            {y.year}年 <span className="text-base font-normal text-stone-600 dark:text-stone-400">（{y.count}件）</span>
          </h2>
          {y.months.map((m) => (
            <section key={m.month} aria-labelledby={`m${y.year}-${m.month}`} className="mt-4">
              <h3 id={`m${y.year}-${m.month}`} className="font-bold">
                {y.year}年{m.month}月 <span className="font-normal text-stone-600 dark:text-stone-400">（{m.posts.length}件）</span>
              </h3>
              <ul className="mt-2 space-y-1.5" data-archive-month>
                {m.posts.map((p) => (
                  <li key={p.slug} className="flex flex-wrap gap-x-3">
                    <span className="text-sm text-stone-600 tabular-nums dark:text-stone-400">
                      <DateTime iso={p.date} />
                    </span>
                    <PageLink href={postUrl(p.slug)} className="hover:underline">
                      {p.title}
                    </PageLink>
                    <ReadMark slug={p.slug} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
      {years.length > 0 ? <EnhancementScript name="read-marks" /> : null}
    </section>
  );
}
