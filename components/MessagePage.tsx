import type { ReactNode } from "react";
import { PageLink } from "./PageLink";

/** A page that only says something (not found, offline), with the way back home. */
export function MessagePage({ heading, children, before }: { heading: string; children: ReactNode; before?: ReactNode }) {
  return (
    <section className="py-10">
      {before}
      <h1 className="text-2xl font-bold">{heading}</h1>
      <p className="mt-4">{children}</p>
      <p className="mt-4">
        <PageLink href="/" className="text-teal-700 underline dark:text-teal-300">
          ホームに戻る
        </PageLink>
      </p>
    </section>
  );
}
