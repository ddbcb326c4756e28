import { PagedPostList } from "../components/PagedPostList";
import { allPosts, paginate } from "../lib/content";
import { pageMetadata } from "../lib/seo/metadata";
import { homeUrl } from "../lib/urls";
import { siteConfig } from "../site.config";

export const metadata = pageMetadata({ path: homeUrl() });

export default function HomePage() {
  return <PagedPostList heading="新着記事" page={paginate(allPosts(), 1, siteConfig.postsPerPage)!} hrefFor={homeUrl} />;
}
