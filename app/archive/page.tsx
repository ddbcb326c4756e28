import { ArchiveList } from "../../components/ArchiveList";
import { archive } from "../../lib/content";
import { pageMetadata } from "../../lib/seo/metadata";
import { archiveUrl } from "../../lib/urls";

export const metadata = pageMetadata({ path: archiveUrl(), title: "アーカイブ", description: "すべての記事を月別に一覧します。" });

export default function ArchivePage() {
  return <ArchiveList years={archive()} />;
}
