import { PostList } from "../components/PostList";
import { allPosts } from "../lib/content";
import { siteConfig } from "../site.config";

export default function HomePage() {
  const posts = allPosts().slice(0, siteConfig.postsPerPage);
  return <PostList heading="新着記事" posts={posts} />;
}
