// Brings the highlighted source passage of a task into view.
document.addEventListener("DOMContentLoaded", () => {
  const span = document.getElementById("span");
  if (span) span.scrollIntoView({ block: "center" });
});
