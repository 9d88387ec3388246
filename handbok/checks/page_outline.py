"""A page's outline: one main heading, levels that never skip one, and a title no other page has.

Screen readers list the headings as a table of contents; a skipped level (## then ####) or a
second # breaks it, and two pages with one title look the same in the menu, the tab and search.
"""

from __future__ import annotations

import re

from handbok.problems import Problems

ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
SECOND_MAIN_FIX = "gör rubriken till ## eller dela sidan i två; varje sida har en enda #-rubrik."
SAME_TITLE_FIX = "ge sidan en egen titel i title: (eller i #-rubriken), så att läsaren skiljer sidorna åt."


def written_headings(text: str, first_line: int = 1) -> list[tuple[int, int]]:
    """(line, level) of every heading written with #, outside fenced code."""
    found, fence = [], ""
    for number, row in enumerate(text.splitlines(), start=first_line):
        if match := FENCE.match(row):
            fence = "" if fence and match.group(1).startswith(fence) else fence or match.group(1)[:3]
        elif not fence and (match := ATX.match(row)):
            found.append((number, len(match.group(1))))
    return found


def check_outline(file: str, body: str, first_line: int, problems: Problems, main_written: bool = True) -> None:
    """Heading levels in one page; `main_written`: False where the build writes the # itself (a case page)."""
    previous, mains = 1, 0 if main_written else 1
    for line, level in written_headings(body, first_line):
        if level == 1:
            mains += 1
            if mains > 1:
                problems.add(file, line, "Sidan har mer än en huvudrubrik (#)", SECOND_MAIN_FIX)
        elif level > previous + 1:
            problems.add(file, line, f"Rubriken hoppar från nivå {previous} till nivå {level} ({'#' * level})",
                         f"skriv {'#' * (previous + 1)} här, så att ingen nivå hoppas över.")  # fmt: skip
        previous = level


def check_titles(titles: dict[str, tuple[str, str, int]], problems: Problems) -> None:
    """Two pages with one title: the second (by file) is told to change. `titles`: uri -> (title, file, line)."""
    first: dict[str, str] = {}
    for _, (title, file, line) in sorted(titles.items(), key=lambda item: item[1][1]):
        key = title.strip().casefold()
        if key in first:
            problems.add(file, line, f"Sidan har samma titel som {first[key]} ('{title}')", SAME_TITLE_FIX)
        else:
            first[key] = file
