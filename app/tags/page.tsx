import { TermIndex } from "../../components/TermIndex";
import { allTags } from "../../lib/content";
import { tagUrl } from "../../lib/urls";

export const metadata = { title: "タグ一覧" };

export default function TagsPage() {
  return <TermIndex heading="タグ一覧" terms={allTags()} hrefFor={tagUrl} prefix="#" />;
}
