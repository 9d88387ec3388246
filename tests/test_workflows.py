"""The GitHub workflows: valid against the workflow schema, no security findings, and doing what
the editor's path needs (a fast check first, a preview to download, a weekly review check)."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import yaml
from conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent


PINNED = re.compile(r"^[\w.-]+/[\w.-]+@[0-9a-f]{40}$")


def load(name: str) -> dict[Any, Any]:
    workflow: dict[Any, Any] = yaml.safe_load((ROOT / ".github/workflows" / name).read_text(encoding="utf-8"))
    return workflow


def steps(workflow: dict[Any, Any], job: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = workflow["jobs"][job]["steps"]
    return found


def test_there_are_workflows() -> None:
    assert {path.name for path in WORKFLOWS} >= {"test.yml", "deploy.yml", "granskning.yml"}


def test_workflows_match_the_github_schema() -> None:
    result = subprocess.run(
        [BIN / "check-jsonschema", "--builtin-schema", "vendor.github-workflows", *WORKFLOWS],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing() -> None:
    result = subprocess.run(
        [BIN / "zizmor", "--offline", "--no-progress", "--min-severity", "low", *WORKFLOWS],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_pull_requests_run_with_a_read_only_token() -> None:
    test = load("test.yml")
    triggers = test[True]  # PyYAML reads the key `on` as True
    assert "pull_request" in triggers and "pull_request_target" not in triggers
    assert test["permissions"] == {}
    assert {name: job["permissions"] for name, job in test["jobs"].items()} == {
        "check": {"contents": "read"},
        "test": {"contents": "read"},
        "properdocs": {"contents": "read"},
        "zensical": {"contents": "read"},
    }


def test_every_action_is_pinned_by_commit_and_every_checkout_keeps_no_credentials() -> None:
    for path in WORKFLOWS:
        workflow = load(path.name)
        for job in workflow["jobs"].values():
            for step in job.get("steps", []):
                if "uses" in step:
                    assert PINNED.match(step["uses"]), f"{path.name}: {step['uses']}"
                if step.get("uses", "").startswith("actions/checkout@"):
                    assert step["with"]["persist-credentials"] is False, path.name
        text = path.read_text(encoding="utf-8")
        for line in (line for line in text.splitlines() if "uses:" in line):  # the version as a comment
            assert re.search(r"uses: \S+@[0-9a-f]{40} # v\d+(\.\d+)*$", line), f"{path.name}: {line}"


def test_the_fast_check_runs_first_and_the_test_job_waits_for_it() -> None:
    test = load("test.yml")
    assert test["jobs"]["test"]["needs"] == "check"
    check = steps(test, "check")
    runs = [step.get("run", "") for step in check]
    assert "make check" in runs and "make layers" in runs
    summary = next(step for step in check if "sammanfattning" in step.get("run", ""))
    assert runs.index("make check") < check.index(summary)
    assert summary["if"] == "${{ !cancelled() }}"  # the summary lists the errors too
    assert "git diff --name-only -z HEAD^1 HEAD" in summary["run"]
    checkout = next(step for step in check if step.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] >= 2  # HEAD^1 must be there


def test_the_preview_is_uploaded_after_the_tests() -> None:
    test = steps(load("test.yml"), "test")
    upload = next(step for step in test if step.get("uses", "").startswith("actions/upload-artifact@"))
    assert test.index(upload) > [step.get("run") for step in test].index("make test")
    assert upload["with"]["name"] == "Förhandsgranskning"
    assert sorted(upload["with"]["path"].split()) == [
        "site/samverkan-mot-brott-offline.zip",
        "site/samverkan-mot-brott.pdf",
    ]
    assert upload["with"]["if-no-files-found"] == "error"


def test_the_weekly_review_check_runs_on_a_schedule() -> None:
    weekly = load("granskning.yml")
    triggers = weekly[True]
    (schedule,) = triggers["schedule"]
    minute, hour, day, month, weekday = schedule["cron"].split()
    assert (day, month) == ("*", "*") and weekday.isdigit()  # once a week
    assert set(triggers) == {"schedule", "workflow_dispatch"}
    assert weekly["permissions"] == {}
    (job,) = weekly["jobs"].values()
    assert job["permissions"] == {"contents": "read"}
    assert [step.get("run") for step in job["steps"]][-2:] == ["make granskning", "make lankar"]
    assert job["steps"][-1]["if"] == "${{ !cancelled() }}"  # the sources are checked even when pages are due
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "granskning: python\n\t$(BIN)/python -m handbok granskning" in makefile
    assert "lankar: python\n\t$(BIN)/python -m handbok lankar" in makefile


def test_deploy_needs_no_secrets() -> None:
    text = (ROOT / ".github/workflows/deploy.yml").read_text(encoding="utf-8")
    deploy = yaml.safe_load(text)
    assert "secrets." not in text
    assert deploy["permissions"] == {}
    assert deploy["jobs"]["build"]["permissions"] == {"contents": "read"}
    assert deploy["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    steps = [step.get("uses", "") for job in deploy["jobs"].values() for step in job["steps"]]
    assert any(use.startswith("actions/upload-pages-artifact@") for use in steps)
    assert any(use.startswith("actions/deploy-pages@") for use in steps)


def test_the_layers_are_linted_by_make_test_and_the_check_job() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "layers: python\n\t$(BIN)/lint-imports" in makefile
    assert re.search(r"^test: .*\blayers\b", makefile, re.M)
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    assert len(contracts["contracts"]) >= 3


def test_the_way_off_mkdocs_is_built_in_ci() -> None:
    """ProperDocs builds the site for the built-site tests; Zensical, without MkDocs, is held to ARCHITECTURE.md."""
    test = load("test.yml")
    properdocs = steps(test, "properdocs")
    run = next(step for step in properdocs if "pytest" in step.get("run", ""))
    assert run["env"]["HANDBOK_GENERATOR"] == "properdocs" and "-m built_site" in run["run"]
    assert any("requirements-properdocs.txt" in step.get("run", "") for step in properdocs)
    zensical = " ".join(step.get("run", "") for step in steps(test, "zensical"))
    assert "requirements-zensical.txt" in zensical and "requirements.txt " not in zensical  # no MkDocs there
    assert "pip install --quiet . && " in zensical and "-m handbok check" in zensical
    assert "tests/test_zensical.py" in zensical
    assert "zensical==0.0.73" in (ROOT / "requirements-zensical.txt").read_text(encoding="utf-8")
    assert "mkdocs" not in [line.split("==")[0] for line in (ROOT / "requirements-zensical.txt").read_text().split()]
