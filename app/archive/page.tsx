import { ArchiveList } from "../../components/ArchiveList";
import { archive } from "../../lib/content";

export const metadata = { title: "アーカイブ" };

export default function ArchivePage() {
  return <ArchiveList years={archive()} />;
}
