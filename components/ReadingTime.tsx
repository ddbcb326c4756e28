import { formatReadingTime } from "../lib/text/reading-time";

export function ReadingTime({ minutes }: { minutes: number }) {
  return <span aria-label={`読了時間 約${minutes}分`}>{formatReadingTime(minutes)}</span>;
}
