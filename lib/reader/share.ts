/**
 * Share links: plain links to each service's own share page, carrying the
 * article's canonical URL and title in the query. No widget and no script of
 * theirs: nothing loads from them until the reader follows a link.
 */
export interface ShareLink {
  service: "x" | "hatena" | "line";
  /** The link's accessible name. */
  label: string;
  href: string;
}

export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { service: "x", label: "Xでポスト", href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { service: "hatena", label: "はてなブックマークに追加", href: `https://b.hatena.ne.jp/add?mode=confirm&url=${u}&title=${t}` },
    { service: "line", label: "LINEで送る", href: `https://social-plugins.line.me/lineit/share?url=${u}&text=${t}` },
  ];
}
