"""Do the sources' web addresses still answer? `python -m handbok lankar` (and the weekly workflow).

A source that has moved or gone is the quietest way for a page to go stale: the page still
cites it, and no reader can check it. This asks every address in data/kallor.yml once (HEAD,
then GET where a server refuses HEAD), a few at a time, and sorts the answers:
- gone (404 or 410, no such host, connection refused): an error, with the file and line;
- not checkable (403, 429, other errors, no answer in time): listed apart, not an error,
  because many servers turn away programs that are not browsers.
It needs the network; the build and `make check` never call it.
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from handbok.problems import Problems
from handbok.sources.settings import read_settings
from handbok.sources.yaml_source import load_yaml
from handbok.sources.yaml_walk import walk

AGENT = "samverkanshandboken-lankkontroll/1.0 (kontrollerar att källornas adresser finns kvar)"
GONE_CODES = (404, 410)
NO_HOST = "finns inte (ingen sådan värd)"
FIX = "leta upp sidans nya adress eller en arkiverad kopia, läs källan igen och rätta url och läst."

Answer = tuple[str, str]  # ("ok" | "borta" | "oklart", what was seen)


def ask(url: str, timeout: float = 10.0) -> Answer:
    """What the server says about `url`."""
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(url, method=method, headers={"User-Agent": AGENT})
        try:
            with urllib.request.urlopen(request, timeout=timeout):  # noqa: S310 - http(s) only, checked by the model
                return "ok", "svarar"
        except urllib.error.HTTPError as error:
            if method == "HEAD" and error.code in (403, 405, 501):
                continue  # some servers answer HEAD with an error but serve the page
            kind = "borta" if error.code in GONE_CODES else "oklart"
            return kind, f"svarar {error.code}"
        except urllib.error.URLError as error:  # no such host, or nobody there: gone; anything else: unclear
            if isinstance(error.reason, socket.gaierror):
                return "borta", NO_HOST
            gone = isinstance(error.reason, ConnectionRefusedError)
            return ("borta" if gone else "oklart"), f"svarar inte ({error.reason})"
        except (TimeoutError, OSError, ValueError) as error:
            return "oklart", f"svarar inte ({error})"
    return "oklart", "svarar inte"


def source_addresses(root: Path, problems: Problems) -> list[tuple[str, int, str, str]]:
    """(file, line, source id, address) for every url and fler_url in data/kallor.yml."""
    settings = read_settings(root, problems)
    shown = f"{settings.data_dir}/kallor.yml"
    document = load_yaml(root / shown, shown, problems)
    if document is None or not isinstance(document.data, dict):
        return []
    found = []
    for place, url in walk(document.data.get("källor"), ("källor",)):  # url: ("källor", n, "url"); fler_url: …, i
        key = place[2] if len(place) > 2 else None
        if key in ("url", "fler_url") and isinstance(url, str) and url.startswith(("https://", "http://")):
            source = document.data["källor"][place[1]]
            found.append((shown, document.line_of(place), str(source.get("id")), url))
    return found


def links_command(root: Path) -> int:
    """Print what answers and what does not; 1 if an address is gone (or the file cannot be read)."""
    problems = Problems()
    addresses = source_addresses(root, problems)
    with ThreadPoolExecutor(max_workers=12) as pool:  # 179 sources: a few minutes at worst
        answers = list(pool.map(ask, [url for *_, url in addresses]))
    unclear = []
    for (file, line, source, url), (kind, seen) in zip(addresses, answers, strict=True):
        if kind == "borta":
            problems.add(file, line, f"Källan {source} finns inte kvar: {url} {seen}", FIX)
        elif kind == "oklart":
            unclear.append(f"  {file}:{line}: {source} {url} {seen}")
    if addresses and all(seen == NO_HOST for _, seen in answers):
        print("Ingen av adresserna gick att slå upp. Har datorn kontakt med internet?")
        return 2
    problems.annotate()
    if problems:
        count = "1 källa" if len(problems) == 1 else f"{len(problems)} källor"
        print(f"Länkkontrollen hittade {count} som inte finns kvar:")
        print("\n".join(f"  {problem}" for problem in problems))
    else:
        print(f"Alla {len(addresses) - len(unclear)} adresser som gick att kontrollera svarar.")
    if unclear:
        print(f"\nKunde inte kontrolleras ({len(unclear)}); öppna dem i en webbläsare:\n" + "\n".join(unclear))
    return 1 if problems else 0
