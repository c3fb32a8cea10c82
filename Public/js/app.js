// Small page helpers; the pages work without them.
document.addEventListener("DOMContentLoaded", () => {
  // Task page: bring the highlighted source passage into view.
  const span = document.getElementById("span");
  if (span) span.scrollIntoView({ block: "center" });

  // Draft review: hovering a task row outlines its passage in the text, and back.
  const link = (key, on) => document.querySelectorAll(`[data-task="${key}"]`)
    .forEach((el) => el.classList.toggle("active", on));
  document.querySelectorAll("[data-task]").forEach((el) => {
    el.addEventListener("mouseenter", () => link(el.dataset.task, true));
    el.addEventListener("mouseleave", () => link(el.dataset.task, false));
  });
});
