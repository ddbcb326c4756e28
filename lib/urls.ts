/** Internal URLs, all with a trailing slash so the static export works on any file server. */
export const homeUrl = (page = 1) => (page <= 1 ? "/" : `/page/${page}/`);
export const postUrl = (slug: string) => `/posts/${encodeURIComponent(slug)}/`;
export const tagsUrl = () => "/tags/";
export const categoriesUrl = () => "/categories/";
export const archiveUrl = () => "/archive/";
export const tagUrl = (segment: string, page = 1) =>
  `/tags/${encodeURIComponent(segment)}/${page > 1 ? `page/${page}/` : ""}`;
export const categoryUrl = (segment: string, page = 1) =>
  `/categories/${encodeURIComponent(segment)}/${page > 1 ? `page/${page}/` : ""}`;
