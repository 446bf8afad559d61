// The /search/ page: asks the Pagefind index (built by `build`, in /pagefind/) and lists the
// results as plain links. Without JavaScript the page keeps its note and its browse lists; when
// the index is missing it says so and leaves the lists. Counts are announced through the status
// region (aria-live), and focus stays in the search box while results change.
const script = document.querySelector("script[data-pagefind-bundle]");
const form = document.querySelector("[data-search-form]");
const input = form.querySelector("input");
const status = document.querySelector("[data-search-status]");
const list = document.querySelector("[data-search-results]");
const more = document.querySelector("[data-search-more]"); // the paragraph around the button
const pageSize = 10;
let pagefind = null;
let latest = 0;
let timer = 0;
let current = { query: "", results: [] };

document.querySelector("[data-search-note]").hidden = true;
form.hidden = false;

async function load() {
  if (!pagefind) {
    pagefind = await import(script.dataset.pagefindBundle + "pagefind.js");
    // On the main thread, so the page's own Content-Security-Policy covers every step.
    await pagefind.options({ noWorker: true, excerptLength: 24 });
    await pagefind.init();
  }
  return pagefind;
}

// Pagefind's excerpt is escaped text with <mark> around matches; keep only those two things.
function excerpt(html) {
  const p = document.createElement("p");
  const parsed = new DOMParser().parseFromString(html, "text/html").body.childNodes;
  for (const node of parsed) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      p.append(mark);
    } else {
      p.append(node.textContent);
    }
  }
  return p;
}

function item(data) {
  const li = document.createElement("li");
  if (data.meta.section) {
    const section = document.createElement("p");
    section.className = "search-section";
    section.textContent = data.meta.section;
    li.append(section);
  }
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title || data.url;
  heading.append(link);
  li.append(heading, excerpt(data.excerpt));
  return li;
}

function announce() {
  const { query, results } = current;
  const quoted = `“${query}”`;
  const count = results.length;
  const shown = list.children.length;
  status.textContent = count === 0 ? `No results for ${quoted}. Try another word, or browse the lists below.`
    : count === 1 ? `1 result for ${quoted}.`
    : shown < count ? `${count} results for ${quoted}. Showing the first ${shown}.`
    : `${count} results for ${quoted}.`;
  more.hidden = shown >= count;
}

async function showMore() {
  const ticket = latest;
  const next = await Promise.all(current.results.slice(list.children.length, list.children.length + pageSize).map((r) => r.data()));
  if (ticket !== latest) return;
  const items = next.map(item);
  list.append(...items);
  announce();
  // Keyboard and screen reader users continue at the first new result.
  items[0]?.querySelector("a").focus();
}

async function run(query) {
  const ticket = ++latest;
  const url = new URL(location.href);
  if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
  history.replaceState(null, "", url);
  if (!query) {
    list.replaceChildren();
    list.hidden = more.hidden = true;
    status.textContent = "";
    return;
  }
  let results, first;
  try {
    results = (await (await load()).search(query)).results;
    first = await Promise.all(results.slice(0, pageSize).map((r) => r.data()));
  } catch {
    if (ticket === latest) status.textContent = "Search is not working right now. Please use the lists below.";
    return;
  }
  if (ticket !== latest) return; // a newer query has started; drop this one
  current = { query, results };
  list.replaceChildren(...first.map(item));
  list.hidden = results.length === 0;
  announce();
}

input.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => run(input.value.trim()), 300);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(timer);
  run(input.value.trim());
});

more.querySelector("button").addEventListener("click", showMore);

const initial = new URLSearchParams(location.search).get("q");
if (initial) {
  input.value = initial;
  run(initial.trim());
}
