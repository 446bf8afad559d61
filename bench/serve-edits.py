#!/usr/bin/env python3
"""Times save-to-disk for a running preview server (bench/run's serve mode).

serve-edits.py EDITS SOURCE_DIR OUTPUT_DIR [PAGE_FORMAT]

Edits EDITS posts of SOURCE_DIR one after another (the title line gains a unique word), and for
each measures from the source file's modification time to the modification time of its page in
OUTPUT_DIR once that page holds the new word. PAGE_FORMAT turns a post's file stem into its page's
path (default posts/{stem}/index.html). Prints one latency in milliseconds per line; waits a second
between edits so each server finishes the work that follows the page (lists, tags, home).
"""
import os, sys, time

edits, source_dir, output_dir = int(sys.argv[1]), sys.argv[2], sys.argv[3]
page_format = sys.argv[4] if len(sys.argv) > 4 else "posts/{stem}/index.html"
posts = sorted(f for f in os.listdir(source_dir) if f.endswith(".md"))
step = max(1, len(posts) // edits)
for k in range(edits):
    name = posts[(k * step + step // 2) % len(posts)]
    source = os.path.join(source_dir, name)
    page = os.path.join(output_dir, page_format.format(stem=name[:-3]))
    if not os.path.exists(page):
        sys.exit(f"serve-edits: {page} does not exist before the edit")
    word = f"edited{time.time_ns()}"
    with open(source, encoding="utf-8") as f:
        text = f.read()
    text = text.replace("\ntitle: ", f"\ntitle: {word} ", 1)
    with open(source, "w", encoding="utf-8") as f:
        f.write(text)
    saved = os.stat(source).st_mtime_ns
    deadline = time.time() + 60
    while True:
        try:
            with open(page, encoding="utf-8") as f:
                if word in f.read():
                    break
        except FileNotFoundError:
            pass
        if time.time() > deadline:
            sys.exit(f"serve-edits: {page} did not show the edit within 60 s")
        time.sleep(0.001)
    print(f"{(os.stat(page).st_mtime_ns - saved) / 1e6:.1f}", flush=True)
    time.sleep(1)
