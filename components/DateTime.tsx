import { siteConfig } from "../site.config";
import { formatDate, toZonedIso } from "../lib/text/date";

/** A date in the site time zone, e.g. 2025年12月11日, with a machine-readable datetime. */
export function DateTime({ iso, label }: { iso: string; label?: string }) {
  const date = new Date(iso);
  return (
    <time dateTime={toZonedIso(date, siteConfig.timeZone)}>
      {label}
      {formatDate(date, siteConfig.language, siteConfig.timeZone)}
    </time>
  );
}
