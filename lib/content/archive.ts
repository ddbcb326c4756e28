import { zonedYearMonth } from "../text/date";
import type { PostSummary } from "./types";

export interface ArchiveMonth {
  year: number;
  month: number;
  posts: PostSummary[];
}
export interface ArchiveYear {
  year: number;
  count: number;
  months: ArchiveMonth[];
}

/** Posts (newest first) grouped by year and month in the site time zone. */
export function groupByMonth(posts: PostSummary[], timeZone: string): ArchiveYear[] {
  const years: ArchiveYear[] = [];
  for (const post of posts) {
    const { year, month } = zonedYearMonth(new Date(post.date), timeZone);
    let y = years.at(-1);
    if (!y || y.year !== year) years.push((y = { year, count: 0, months: [] }));
    let m = y.months.at(-1);
    if (!m || m.month !== month) y.months.push((m = { year, month, posts: [] }));
    m.posts.push(post);
    y.count++;
  }
  return years;
}
