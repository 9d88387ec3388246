"""The same bytes from every build of one commit: dates come from the commit, not the clock.

`SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds.org convention) carries the
commit's time to everything that writes a date: MkDocs' sitemap, pandoc's Word and
OpenDocument files, the PDF's edition, the zip's timestamps and "Senast uppdaterad" for
files git does not know yet. `make` exports it; a plain `mkdocs build` gets it from here.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import zipfile
from pathlib import Path

VARIABLE = "SOURCE_DATE_EPOCH"
ZIP_EPOCH = dt.datetime(1980, 1, 1, tzinfo=dt.UTC)  # the earliest time a zip can hold


def commit_epoch(root: Path) -> int | None:
    """Commit time of HEAD in `root`, or None outside a git repository."""
    try:
        done = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=root, capture_output=True, text=True)
    except OSError:
        return None
    return int(done.stdout) if done.returncode == 0 and done.stdout.strip().isdigit() else None


def epoch() -> int | None:
    value = os.environ.get(VARIABLE, "").strip()
    return int(value) if value.isdigit() else None


def ensure_source_date_epoch(root: Path) -> int | None:
    """Set SOURCE_DATE_EPOCH from the commit unless it is set already; its value (None: no git)."""
    if (given := epoch()) is not None:
        return given
    found = commit_epoch(root)
    if found is None:
        os.environ.pop(VARIABLE, None)  # an empty value would stop MkDocs with a traceback
        return None
    os.environ[VARIABLE] = str(found)  # read by MkDocs and pandoc, and by the zip's second build
    return found


def build_time() -> dt.datetime:
    """The commit's time (UTC) when SOURCE_DATE_EPOCH is set; otherwise now."""
    seconds = epoch()
    return dt.datetime.now(dt.UTC) if seconds is None else dt.datetime.fromtimestamp(seconds, dt.UTC)


def build_date() -> dt.date:
    return build_time().date()


def source_date(root: Path) -> dt.date:
    """Make the build reproducible and return its date: the plugin's one call at the start of a build."""
    ensure_source_date_epoch(root)
    return build_date()


def zip_time() -> tuple[int, int, int, int, int, int]:
    """The timestamp every member of a zip gets (zip cannot hold a time before 1980)."""
    moment = max(build_time(), ZIP_EPOCH)
    return moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second


def normalize_zip(path: Path) -> None:
    """Give every member of a zip-based document (.docx, .odt) the commit's time, in the same order.

    pandoc dates the members it writes from SOURCE_DATE_EPOCH, but copies those of a reference
    document with the reference's own times.
    """
    with zipfile.ZipFile(path) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w") as archive:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=zip_time())
            fixed.compress_type, fixed.external_attr = info.compress_type, info.external_attr
            archive.writestr(fixed, data)
