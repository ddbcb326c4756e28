import { TermIndex } from "../../components/TermIndex";
import { allCategories } from "../../lib/content";
import { categoryUrl } from "../../lib/urls";

export const metadata = { title: "カテゴリー一覧" };

export default function CategoriesPage() {
  return <TermIndex heading="カテゴリー一覧" terms={allCategories()} hrefFor={categoryUrl} />;
}
