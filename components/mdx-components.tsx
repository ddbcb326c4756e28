import type { ReactNode } from "react";

/** Components `.mdx` posts may use. */
function Note({ children, title }: { children?: ReactNode; title?: string }) {
  return (
    <aside className="not-prose my-6 rounded-lg border-l-4 border-sky-500 bg-sky-50 px-4 py-3 dark:bg-sky-950/40" role="note">
      {title ? <p className="mb-1 font-bold">{title}</p> : null}
      <div>{children}</div>
    </aside>
  );
}

export const mdxComponents = { Note };
