// The newsclean playground: runs the library's browser bundle (global `newsclean`) on the pasted
// input and shows the Article's fields and the removed spans. Plain DOM code, no framework; all
// text goes in through textContent, never innerHTML.

(() => {
  const $ = (id) => document.getElementById(id);
  const input = $("input");
  const mode = $("mode");
  const status = $("status");

  // A made-up scrape (not a real article) that shows several kinds of removed lines.
  const EXAMPLE = [
    "Storm closes harbour for a week – The Coastal Gazette",
    "3 min read",
    "By Jane Doe and Sam Lee",
    "Updated: Jun 19, 2024",
    "The harbour will stay closed until next Monday after the storm damaged two piers, the port authority said.",
    "Divers inspected the piers on Sunday and found cracks in the concrete below the waterline. Repairs will start once the swell drops, which forecasters expect on Wednesday.",
    "The harbour master at the pier.(File photo)",
    "Read more: Fishermen count the cost of the storm",
    "Ferries to the islands will leave from the north quay in the meantime, and the timetable stays the same. Passengers should allow an extra half hour to reach the quay.",
    "Local shops said trade was slow but expected visitors to return once the harbour reopens.",
    "Share this article",
    "Sign up for our newsletter",
    "© 2024 The Coastal Gazette. All rights reserved.",
  ].join("\n\n");

  if (typeof globalThis.newsclean === "undefined") {
    $("no-bundle").hidden = false;
    $("run").disabled = true;
    $("example").disabled = true;
    return;
  }
  const lib = globalThis.newsclean;

  $("run").addEventListener("click", run);
  $("example").addEventListener("click", () => {
    input.value = EXAMPLE;
    run();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) run();
  });

  function run() {
    const value = input.value;
    const chosen = mode.value === "auto" ? lib.sniffInput(value) : mode.value;
    let article;
    let source;
    const t0 = performance.now();
    try {
      article = chosen === "html" ? lib.fromHtml(value) : lib.fromText(value);
      source = lib.decodedInput(value, chosen);
    } catch (error) {
      status.textContent = `Error: ${error instanceof Error ? error.message : String(error)}`;
      status.className = "error";
      return;
    }
    const ms = performance.now() - t0;
    status.className = "";
    status.textContent = `Read as ${chosen === "html" ? "HTML" : "text"} in ${ms.toFixed(1)} ms: ${article.paragraphs.length} paragraphs, ${article.removed.length} removed spans.`;
    status.dataset.mode = chosen;
    renderFields(article);
    renderRemoved(article.removed, source, chosen);
    $("json").textContent = JSON.stringify(article, null, 2);
    $("output").hidden = false;
  }

  // --- Article fields -------------------------------------------------------------------------

  function renderFields(a) {
    const dl = $("fields");
    dl.replaceChildren();
    field(dl, "title", "Title", text(a.title, "h3"));
    field(dl, "site-name", "Site", text(a.siteName));
    field(dl, "authors", "Authors", a.authors.length ? text(a.authors.join(", ")) : none());
    field(dl, "published-at", "Published", text(a.publishedAt));
    field(dl, "modified-at", "Modified", text(a.modifiedAt));
    field(dl, "language", "Language", text(a.language));
    field(dl, "description", "Standfirst", text(a.description));
    field(
      dl,
      "reading-time",
      "Reading time",
      a.readingTime ? text(`${a.readingTime.text} (${a.readingTime.seconds} s)`) : none(),
    );
    field(dl, "word-count", "Words", text(String(a.wordCount)));
    if (a.url !== null) field(dl, "url", "URL", text(a.url, "code"));
    if (a.image !== null) field(dl, "image", "Image", text(a.image, "code"));
    if (a.tags.length) field(dl, "tags", "Tags", text(a.tags.join(", ")));
    field(dl, "paragraphs", `Paragraphs (${a.paragraphs.length})`, list("ol", a.paragraphs, para));
    field(dl, "captions", `Captions (${a.captions.length})`, list("ul", a.captions, caption));
    field(dl, "related", `Related links (${a.related.length})`, list("ol", a.related, related));
    field(
      dl,
      "warnings",
      "Warnings",
      list("ul", a.warnings, (w) => el("li", "warning", w)),
    );
    const sources = Object.entries(a.provenance).map(([k, v]) => `${k}: ${v}`);
    field(dl, "provenance", "Provenance", sources.length ? text(sources.join(" · ")) : none());
  }

  function field(dl, id, label, value) {
    const dt = el("dt", null, label);
    const dd = document.createElement("dd");
    dd.dataset.testid = `field-${id}`;
    dd.append(value);
    dl.append(dt, dd);
  }

  function para(p) {
    return el("li", "paragraph", p);
  }

  function caption(c) {
    const li = el("li", "caption");
    li.dataset.testid = "caption";
    li.append(el("span", "caption-text", c.text));
    if (c.credit !== null) {
      const credit = el("span", "credit", c.credit);
      credit.dataset.testid = "caption-credit";
      li.append(" ", credit);
    }
    return li;
  }

  function related(r) {
    const li = el("li", "related");
    li.dataset.testid = "related-link";
    li.append(el("span", "label", r.label), " ", el("span", "related-title", r.title));
    // Shown as text, not as a link: the URL comes from the pasted page.
    if (r.url !== null) li.append(" ", el("code", "url", r.url));
    return li;
  }

  function list(tag, items, render) {
    if (items.length === 0) return none();
    const node = document.createElement(tag);
    for (const item of items) node.append(render(item));
    return node;
  }

  function text(value, tag = "span") {
    return value === null ? none() : el(tag, "value", value);
  }

  function none() {
    return el("span", "none", "none");
  }

  function el(tag, className, content) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  }

  // --- Removed spans ---------------------------------------------------------------------------

  // Each span is checked against the text its offsets refer to; a span whose slice differs is
  // counted and left unhighlighted rather than drawn in the wrong place.
  function renderRemoved(removed, source, chosen) {
    const pre = $("source");
    pre.replaceChildren();
    const counts = new Map();
    let at = 0;
    let mismatched = 0;
    for (const r of removed) {
      if (r.start < at || source.slice(r.start, r.end) !== r.text) {
        mismatched++;
        continue;
      }
      pre.append(source.slice(at, r.start));
      const mark = el("mark", `k k-${r.kind}`, r.text);
      mark.title = `${r.kind} · ${r.rule}`;
      mark.dataset.testid = "removed-span";
      mark.dataset.kind = r.kind;
      mark.dataset.rule = r.rule;
      pre.append(mark);
      at = r.end;
      counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
    }
    pre.append(source.slice(at));
    pre.dataset.mismatched = String(mismatched);

    const legend = $("legend");
    legend.replaceChildren();
    for (const [kind, count] of counts) {
      const li = el("li");
      li.append(el("mark", `k k-${kind}`, kind), ` ${count}`);
      legend.append(li);
    }

    const note = $("source-note");
    note.className = mismatched ? "note error" : "note";
    note.textContent =
      (chosen === "html"
        ? "HTML input: the offsets refer to the page rendered as text (one line per block, blank lines between), shown below; not to the HTML source."
        : "The input as the library decoded it (line breaks, invisible and no-break characters normalized).") +
      " Hover a highlighted span for its kind and rule id." +
      (removed.length === 0 ? " Nothing was removed." : "") +
      (mismatched ? ` ${mismatched} span(s) did not match their offsets and are not shown.` : "");
  }
})();
