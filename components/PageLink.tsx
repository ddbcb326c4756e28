import type { AnchorHTMLAttributes } from "react";
import { withBasePath } from "../lib/urls";

/**
 * A link to a page of the site: a plain `<a>` with the base path. Following it
 * loads the page in full, under `next start` as in the static export (which has
 * no client router), so the page's own scripts (<EnhancementScript>) run on
 * every page a reader opens; a client-side navigation would insert them without
 * running them.
 */
export function PageLink({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...rest} href={withBasePath(href)} />;
}
