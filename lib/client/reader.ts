/**
 * The article page's script: reading progress and time left, resume where the
 * reader stopped, read marks, text size, 縦書き, the current section in the
 * table of contents, and the copy/share buttons. The page is complete without
 * it. Loaded as a module (after the document is parsed) by
 * <EnhancementScript name="reader" /> in components/ArticleView.tsx.
 */
import { positionOf, progressOf } from "../reader/position";
import { FINISHED_PROGRESS, keepsPosition, resumeTarget } from "../reader/reading-state";
import { basePathOfScript } from "../reader/storage-keys";
import { createAnnouncer } from "./announcer";
import { trackContents } from "./contents-tracker";
import { installDisplayControls } from "./display-controls";
import { createProgressMeter } from "./progress-meter";
import { bringIntoView, focusReadingPoint, isVertical, measureAxis, scrollToPosition } from "./reading-axis";
import { offerResume, type ResumePrompt } from "./resume-prompt";
import { makeScrollingBlocksFocusable } from "./scrollable-blocks";
import { installShareButtons } from "./share-buttons";
import { forgetPosition, loadPosition, markRead, savePosition } from "./storage";
import { installVerticalScrolling, setVerticalBody } from "./vertical-writing";

const SAVE_EVERY_MS = 1000;

function start(article: HTMLElement, body: HTMLElement, slot: HTMLElement, basePath: string): void {
  const slug = article.dataset.slug ?? "";
  const minutes = Number(article.dataset.readingMinutes) || 1;
  const remembers = keepsPosition(minutes);

  const showProgress = createProgressMeter(slot, minutes);
  // 縦書き: the columns start at the top of the body; the time left steps aside while it would cover them.
  const timeLeft = slot.querySelector(".reading-progress-left");
  const coversVerticalText = () => {
    if (!isVertical() || !timeLeft) return false;
    const t = timeLeft.getBoundingClientRect();
    const b = body.getBoundingClientRect();
    return t.bottom > b.top && t.top < b.bottom && t.right > b.left && t.left < b.right;
  };
  const showSection = trackContents(body);
  const announce = createAnnouncer(slot);
  installShareButtons(announce);
  installVerticalScrolling(body);

  let finished = false;
  let prompt: ResumePrompt | undefined;
  let savedAt = 0;
  // Only a place the reader moved to is kept (measured, not told by scroll events, which may come after a quick exit).
  const arrivedAt = positionOf(measureAxis(body));

  const save = () => {
    if (!remembers || finished || prompt?.visible) return;
    const at = positionOf(measureAxis(body));
    savedAt = Date.now();
    if (at > 0 && at !== arrivedAt) savePosition(basePath, slug, at);
  };

  const update = () => {
    const axis = measureAxis(body);
    const progress = progressOf(axis);
    if (!finished && progress >= FINISHED_PROGRESS) {
      // Read to the end: marked as read, and there is nothing left to resume.
      finished = true;
      markRead(basePath, slug);
      forgetPosition(basePath, slug);
      prompt?.hide();
    }
    const siteHeader = document.querySelector("body > header");
    const pastHeader = window.scrollY > (siteHeader?.getBoundingClientRect().height ?? 0);
    showProgress(progress, finished, pastHeader && !coversVerticalText());
    showSection(axis);
    if (prompt?.visible && positionOf(axis) >= prompt.target - 0.005) prompt.hide();
    if (Date.now() - savedAt > SAVE_EVERY_MS) save();
  };

  let frame = 0;
  const schedule = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      update();
    });
  };
  window.addEventListener("scroll", schedule, { passive: true });
  body.addEventListener("scroll", schedule, { passive: true });
  window.addEventListener("resize", () => {
    makeScrollingBlocksFocusable(body);
    schedule();
  });
  // Leaving (another tab, closing, following a link): keep the place exactly.
  window.addEventListener("pagehide", save);
  document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && save());

  const prefs = installDisplayControls(basePath, (change, next) => {
    // Keep the first line in view across a new size or direction.
    const at = positionOf(measureAxis(body));
    change();
    setVerticalBody(body, next.vertical);
    makeScrollingBlocksFocusable(body);
    // 縦書き: the columns are whole from the start (otherwise the window's edge cuts every one of them).
    if (at > 0) scrollToPosition(body, at);
    else if (next.vertical) bringIntoView(body);
    schedule();
  });
  setVerticalBody(body, prefs.vertical);
  makeScrollingBlocksFocusable(body);

  if (remembers) {
    const target = resumeTarget(loadPosition(basePath, slug), positionOf(measureAxis(body)));
    if (target !== undefined) {
      prompt = offerResume(slot, target, () => {
        scrollToPosition(body, target);
        focusReadingPoint(body);
        schedule();
      });
    }
  }
  update();
}

const article = document.querySelector<HTMLElement>("article[data-slug]");
const body = article?.querySelector<HTMLElement>(".post-body");
const slot = article?.querySelector<HTMLElement>("[data-reader-ui]");
if (article && body && slot) start(article, body, slot, basePathOfScript(import.meta.url));
