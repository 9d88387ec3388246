"""The analysis tools as figures: safe SVG files with a title and a description, each shown
on the chapters that explain the tool, with an alt text and a text equivalent beside it."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree.ElementTree import Element

import pytest
from bs4 import BeautifulSoup, Tag
from conftest import ROOT, soup_of
from defusedxml import ElementTree

SVG = "{http://www.w3.org/2000/svg}"
FIGURES = ROOT / "docs" / "bilder"
# Each figure and the built pages that explain its tool.
USED_ON = {
    "brottstriangeln.svg": ["processen/steg-3-gemensamma-forberedelser", "fordjupning/lagesbild-och-orsaksanalys"],
    "handelsekedjan.svg": ["processen/steg-3-gemensamma-forberedelser", "fordjupning/lagesbild-och-orsaksanalys"],
    "orsakstradet.svg": ["processen/steg-3-gemensamma-forberedelser", "fordjupning/lagesbild-och-orsaksanalys"],
}
FORBIDDEN = {"script", "foreignObject", "iframe", "object", "embed", "image", "style", "font", "font-face", "a", "use"}
# Share of the figure's own words that the alt text and the text beside it must contain.
COVERAGE = 0.8


def local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def svg_problems(root: Element) -> list[str]:
    """What makes an SVG unsafe to publish or unreadable without sight, one line each."""
    problems = []
    if local(root.tag) != "svg" or root.get("role") != "img":
        problems.append("the root is not <svg role='img'>")
    if not all(root.get(attribute) for attribute in ("viewBox", "width", "height")):
        problems.append("viewBox, width or height missing: the figure would not scale")
    for part in ("title", "desc"):
        found = root.find(SVG + part)
        if found is None or not (found.text or "").strip():
            problems.append(f"no <{part}> with text")
    first = next((child for child in root if local(child.tag) not in {"title", "desc", "defs"}), None)
    if first is None or local(first.tag) != "rect" or first.get("fill") != "#ffffff":
        problems.append("no white background first: the figure is unreadable in dark mode")
    for element in root.iter():
        if local(element.tag) in FORBIDDEN:
            problems.append(f"<{local(element.tag)}> is not allowed")
        for name, value in element.attrib.items():
            if local(name).lower().startswith("on"):
                problems.append(f"event attribute {local(name)}")
            if local(name) == "href" and not value.startswith("#"):
                problems.append(f"external reference {value}")
            if any(not ref.startswith("#") for ref in re.findall(r"url\(\s*['\"]?([^)'\"]*)", value)):
                problems.append(f"external url() in {local(name)}")
    return problems


def stems(text: str) -> set[str]:
    """Words of five letters or more, cut to a stem so that 'hörnet' meets 'hörn'."""
    return {word[:5] if len(word) > 6 else word[:4] for word in re.findall(r"\w{5,}", text.casefold())}


def figure_words(path: Path) -> set[str]:
    root = ElementTree.parse(path, forbid_dtd=True).getroot()
    return stems(" ".join("".join(text.itertext()) for text in root.iter(SVG + "text")))


def coverage(wanted: set[str], text: str) -> float:
    words = re.findall(r"\w+", text.casefold())
    return sum(any(word.startswith(stem) for word in words) for stem in wanted) / len(wanted)


def text_beside(image: Tag) -> str:
    """The image's paragraph and what follows it up to the next heading (at most three blocks)."""
    block = image.find_parent("p")
    assert block is not None, "the image is not in a paragraph of its own"
    texts = []
    for sibling in block.find_next_siblings(limit=3):
        if sibling.name in {"h2", "h3", "h4"}:
            break
        texts.append(sibling.get_text(" "))
    return " ".join(texts)


def images(soup: BeautifulSoup, name: str) -> list[Tag]:
    return [img for img in soup.select("article img") if str(img.get("src", "")).endswith(f"bilder/{name}")]


def test_every_figure_is_listed_here() -> None:
    assert sorted(path.name for path in FIGURES.glob("*.svg")) == sorted(USED_ON)


@pytest.mark.parametrize("name", sorted(USED_ON))
def test_figure_is_safe_and_described(name: str) -> None:
    root = ElementTree.parse(FIGURES / name, forbid_dtd=True).getroot()
    assert svg_problems(root) == []
    labels = str(root.get("aria-labelledby", "")).split()
    assert labels and all(root.find(f".//*[@id='{label}']") is not None for label in labels)


@pytest.mark.parametrize(
    "bad",
    [
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" role="img" width="1" height="1" viewBox="0 0 1 1" onload="x()"/>',
        '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink"><a x:href="https://a.se"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(https://a.se/p.svg#g)"/></svg>',
    ],
)
def test_the_check_refuses_unsafe_svg(bad: str) -> None:
    assert svg_problems(ElementTree.fromstring(bad, forbid_dtd=True))


def test_the_parser_refuses_entities() -> None:
    with pytest.raises(Exception, match="DTD"):
        ElementTree.fromstring(
            '<!DOCTYPE s [<!ENTITY e "x">]><svg xmlns="http://www.w3.org/2000/svg">&e;</svg>', forbid_dtd=True
        )


@pytest.mark.parametrize(("name", "page"), [(name, page) for name, pages in USED_ON.items() for page in pages])
def test_figure_has_alt_text_and_a_text_equivalent(site: Path, name: str, page: str) -> None:
    found = images(soup_of(site / page / "index.html"), name)
    assert len(found) == 1, f"{name} should be on {page} once"
    image = found[0]
    alt = str(image.get("alt", "")).strip()
    assert len(alt.split()) >= 5, f"alt text too short: {alt!r}"
    wanted = figure_words(FIGURES / name)
    # The alt text alone says too little; the text beside the figure must say the rest.
    assert coverage(wanted, alt) < COVERAGE
    assert coverage(wanted, alt + " " + text_beside(image)) >= COVERAGE


def test_figures_load_and_fit_on_a_phone_in_dark_mode(plain_server: str, browser) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, color_scheme="dark")
    page = context.new_page()
    for target in sorted({path for paths in USED_ON.values() for path in paths}):
        page.goto(f"{plain_server}{target}/")
        for image in page.locator("article img[src*='bilder/']").all():
            image.scroll_into_view_if_needed()
            loaded, natural = image.evaluate("i => [i.complete, i.naturalWidth]")
            box = image.bounding_box()
            assert loaded and natural > 0, target
            assert box is not None and 0 < box["width"] <= 360 and box["x"] >= 0, (target, box)
    context.close()


def test_figures_reach_the_pdf(site: Path) -> None:
    from handbok.documents.pdf import Entry, combine

    pages = sorted({path for paths in USED_ON.values() for path in paths})
    html = combine(site, [Entry(page, f"{page}/", False) for page in pages], "T", "U", "2026-11-29", "https://x.se/")
    sources = {str(img["src"]) for img in BeautifulSoup(html, "html.parser").select("img")}
    assert sources == {f"bilder/{name}" for name in USED_ON}
    assert all((site / source).is_file() for source in sources)
