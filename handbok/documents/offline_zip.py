"""A zip of the whole site that works from file:// without a network: navigation and search.

It is a second build with Material's offline plugin switched on (plain .html links and an
inlined search index). Its iframe-worker shim is vendored under docs/javascripts/vendor, so
the offline copy, like the site, asks no other host for anything.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from handbok.sources import reproducible

ZIP_NAME = "samverkan-mot-brott-offline.zip"
# Not in the zip: the offline build's stand-in for the zip itself, and the error page, which
# a web server shows (its links start at the site's root) but a file:// reader never sees.
LEFT_OUT = (ZIP_NAME, "404.html")


def is_offline_build() -> bool:
    return os.environ.get("HANDBOK_OFFLINE") == "true"


def build(root: Path, site_dir: Path, documents: list[str]) -> Path:
    """Build the offline copy in a temporary folder, with the site's documents, and zip it into the site."""
    with tempfile.TemporaryDirectory() as temporary:
        offline = Path(temporary) / "samverkan-mot-brott"
        env = {**os.environ, "HANDBOK_OFFLINE": "true", "HANDBOK_PDF": "0", "NO_MKDOCS_2_WARNING": "1"}
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(offline)],
                       cwd=root, env=env, check=True)  # fmt: skip
        for document in documents:  # the same PDF and templates as the site, not an older copy
            if (site_dir / document).is_file():
                shutil.copyfile(site_dir / document, offline / document)
        target = site_dir / ZIP_NAME
        # The same bytes from every build: members in a fixed order, with the commit's time and fixed permissions.
        members = sorted(path.relative_to(offline).as_posix() for path in offline.rglob("*") if path.is_file())
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for member in members:
                if member in LEFT_OUT:
                    continue
                info = zipfile.ZipInfo(f"samverkan-mot-brott/{member}", date_time=reproducible.zip_time())
                info.compress_type, info.external_attr = zipfile.ZIP_DEFLATED, 0o100644 << 16  # a plain rw-r--r-- file
                archive.writestr(info, (offline / member).read_bytes(), compresslevel=9)
    return target
