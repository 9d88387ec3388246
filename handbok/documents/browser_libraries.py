"""Er plan's two browser libraries, copied from node_modules into the site after a SHA-256 check.

`npm ci` installs the versions that package-lock.json locks (docx writes the Word file, fflate
zips the OpenDocument file). The build publishes only these files, and only when each is the
exact file pinned here, so a changed or half-installed package stops the build with a Swedish
message instead of reaching readers. The planner loads them only when a reader asks for a file.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from handbok.problems import Problems

LOCK = "package-lock.json"


@dataclass(frozen=True)
class Library:
    package: str
    version: str
    source: str  # under the project
    target: str  # under the site
    sha256: str


LIBRARIES = (
    Library("docx", "9.15.2", "node_modules/docx/dist/index.iife.js", "javascripts/vendor/docx/docx.js",
            "c4af8674f408b38d38db71a5683da7fcaf2973bcafe86dae9e93420a08ab0252"),
    Library("docx", "9.15.2", "node_modules/docx/LICENSE", "javascripts/vendor/docx/LICENSE",
            "b5b2364c0c95a26b2a2399d7e706a61acac680be1d5b180b00592ee85830bffb"),
    Library("fflate", "0.8.3", "node_modules/fflate/umd/index.js", "javascripts/vendor/fflate/fflate.js",
            "462ef8041fc970e3615a20a9dd2b2e3047a073b2da729ef4f02b634bba8b7b83"),
    Library("fflate", "0.8.3", "node_modules/fflate/LICENSE", "javascripts/vendor/fflate/LICENSE",
            "0a1df3a083d0c010560aa342e87959c8c1070e6fd54545741f083f22d0c8b551"),
)  # fmt: skip


def checked_libraries(root: Path, problems: Problems) -> list[tuple[str, Path]]:
    """(site path, file) for each library; a problem for each one missing or not the pinned file.

    A project without package-lock.json (a test's small project) publishes none."""
    if not (root / LOCK).is_file():
        return []
    found = []
    for library in LIBRARIES:
        path = root / library.source
        name = f"{library.package} {library.version}"
        if not path.is_file():
            problems.add(library.source, 1, f"Filen saknas ({name}, låst i {LOCK})",
                         "kör 'make setup' (eller 'npm ci') så att de låsta paketen installeras.")  # fmt: skip
        elif hashlib.sha256(path.read_bytes()).hexdigest() != library.sha256:
            problems.add(library.source, 1, f"Filen är inte den låsta {name}: kontrollsumman (SHA-256) skiljer sig",
                         "kör 'npm ci' för att installera de låsta versionerna. Har du bytt version med avsikt: skriv "
                         "filens nya SHA-256 i handbok/documents/browser_libraries.py.")  # fmt: skip
        else:
            found.append((library.target, path))
    return found
