#!/usr/bin/env python3
"""Times save-to-disk for running preview servers (bench/run's serve mode).

serve-edits.py EDITS NAME:SOURCE_DIR:OUTPUT_DIR:PAGE_FORMAT [NAME:...]

For each of EDITS rounds, and in each round for each server in turn (the order alternating from
round to round, so load drift hits both alike), edits one Markdown file of that server's
SOURCE_DIR (its title line gains a unique word) and measures from the file's modification time to
the modification time of its page in OUTPUT_DIR once the page holds the word. PAGE_FORMAT turns
the file's stem into the page's path, e.g. posts/{stem}/index.html. Prints "NAME MS" per edit.
Waits a second after each edit so each server finishes the work that follows the page (lists,
tags, home) before the next edit.
"""
import os, sys, time

edits = int(sys.argv[1])
servers = [arg.split(":", 3) for arg in sys.argv[2:]]

def files(source_dir):
    return sorted(f for f in os.listdir(source_dir) if f.endswith(".md"))

def edit(name, source_dir, output_dir, page_format, k):
    posts = files(source_dir)
    step = max(1, len(posts) // edits)
    stem = posts[(k * step + step // 2) % len(posts)][:-3]
    source = os.path.join(source_dir, stem + ".md")
    page = os.path.join(output_dir, page_format.format(stem=stem))
    if not os.path.exists(page):
        sys.exit(f"serve-edits: {page} does not exist before the edit")
    word = f"edited{time.time_ns()}"
    with open(source, encoding="utf-8") as f:
        text = f.read()
    if "\ntitle: " not in text:
        sys.exit(f"serve-edits: {source} has no title line")
    start = text.index("\ntitle: ") + len("\ntitle: ")
    if text[start] in "\"'":  # a quoted title: the word goes inside the quotes
        start += 1
    with open(source, "w", encoding="utf-8") as f:
        f.write(text[:start] + word + " " + text[start:])
    saved = os.stat(source).st_mtime_ns
    deadline = time.time() + 120
    while True:
        try:
            with open(page, encoding="utf-8") as f:
                if word in f.read():
                    break
        except FileNotFoundError:
            pass
        if time.time() > deadline:
            sys.exit(f"serve-edits: {page} did not show the edit within 120 s")
        time.sleep(0.001)
    print(f"{name} {(os.stat(page).st_mtime_ns - saved) / 1e6:.1f}", flush=True)
    time.sleep(1)

for k in range(edits):
    for server in (servers if k % 2 == 0 else servers[::-1]):
        edit(*server, k)
