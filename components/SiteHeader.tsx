import Link from "next/link";
import { siteConfig } from "../site.config";
import { archiveUrl, categoriesUrl, tagsUrl } from "../lib/urls";

const nav = [
  { href: "/", label: "ホーム" },
  { href: categoriesUrl(), label: "カテゴリー" },
  { href: tagsUrl(), label: "タグ" },
  { href: archiveUrl(), label: "アーカイブ" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 dark:border-stone-800">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4">
        <p className="text-2xl font-bold tracking-wide">
          <Link href="/">{siteConfig.title}</Link>
        </p>
        <nav aria-label="サイト">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
