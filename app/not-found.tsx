import { DevNotFoundRetry } from "../components/DevNotFoundRetry";
import { MessagePage } from "../components/MessagePage";

export const metadata = { title: "ページが見つかりません" };

export default function NotFound() {
  return (
    <MessagePage heading="ページが見つかりません" before={process.env.NODE_ENV === "development" ? <DevNotFoundRetry /> : null}>
      お探しのページは移動または削除されたか、URLが間違っている可能性があります。
    </MessagePage>
  );
}
