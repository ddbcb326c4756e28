import Link from "next/link";

export interface Crumb {
  label: string;
  href?: string;
}

/** home › category › title; the last crumb is the current page. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="パンくずリスト" className="mb-6 text-sm text-stone-600 dark:text-stone-400">
      <ol className="flex flex-wrap items-center gap-x-1.5">
        {items.map((c, i) => (
          <li key={i} className="flex items-center gap-x-1.5">
            {i > 0 ? <span aria-hidden="true">›</span> : null}
            {c.href ? (
              <Link href={c.href} className="hover:underline">
                {c.label}
              </Link>
            ) : (
              <span aria-current="page" className="line-clamp-1">
                {c.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
