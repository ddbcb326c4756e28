import { PageLink } from "./PageLink";
import type { Term } from "../lib/content/taxonomy";

interface Props {
  heading: string;
  terms: Pick<Term<unknown>, "name" | "segment" | "items">[];
  hrefFor: (segment: string) => string;
  prefix?: string;
}

/** Every tag or category with its post count. */
export function TermIndex({ heading, terms, hrefFor, prefix = "" }: Props) {
  return (
    <section aria-labelledby="terms-heading">
      <h1 id="terms-heading" className="text-2xl font-bold">
        {heading}
      </h1>
      {terms.length === 0 ? (
        <p className="py-10 text-stone-600 dark:text-stone-400">まだありません。</p>
      ) : (
        <ul className="mt-6 flex flex-wrap gap-3" data-terms>
          {terms.map((t) => (
            <li key={t.segment}>
              <PageLink
                href={hrefFor(t.segment)}
                className="inline-flex items-baseline gap-1.5 rounded-full border border-stone-300 px-3 py-1 hover:bg-stone-200 dark:border-stone-600 dark:hover:bg-stone-800"
              >
                <span>
                  {prefix}
                  {t.name}
                </span>
                <span className="text-sm text-stone-600 dark:text-stone-400" aria-label={`${t.items.length}件`}>
                  {t.items.length}
                </span>
              </PageLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
