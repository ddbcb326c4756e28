import { emojiImagePath } from "../lib/emoji/name";
import { withBasePath } from "../lib/urls";

/**
 * A Zenn article's emoji beside its title, drawn from Twemoji's image (never a
 * missing glyph); decorative, the title says what the post is.
 */
export function PostEmoji({ emoji, size }: { emoji?: string; size: number }) {
  if (!emoji) return null;
  return <img src={withBasePath(emojiImagePath(emoji))} alt="" width={size} height={size} className="post-emoji" data-emoji={emoji} />;
}
