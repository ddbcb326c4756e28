/**
 * `next/link` for the static exporter: a plain `<a>` with the base path added,
 * which is what `next/link` renders on the server. Static pages ship no router,
 * so there is nothing to prefetch and navigation is an ordinary page load.
 */
import type { AnchorHTMLAttributes, ReactNode } from "react";
import { withBasePath } from "../urls";

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & {
  href: string;
  children?: ReactNode;
  prefetch?: boolean | null;
  replace?: boolean;
  scroll?: boolean;
};

export default function Link({ href, prefetch: _prefetch, replace: _replace, scroll: _scroll, ...rest }: LinkProps) {
  if (typeof href !== "string") throw new Error("The static exporter supports next/link with a string href only");
  return <a {...rest} href={withBasePath(href)} />;
}
