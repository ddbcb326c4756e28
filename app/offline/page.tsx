import { MessagePage } from "../../components/MessagePage";

/** Shown by the service worker (lib/client/sw.ts) for a page never opened while the reader is offline. Not in the sitemap. */
export const metadata = { title: "オフラインです", robots: { index: false, follow: true } };

export default function OfflinePage() {
  return (
    <MessagePage heading="オフラインです">
      このページはまだ読み込まれていないため、オフラインでは表示できません。以前に開いた記事は、オフラインでも読めます。
    </MessagePage>
  );
}
